package com.cognitoselfservice.done;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.cognitoselfservice.web.ReturnUrlPolicy;

@Controller
class DoneController {

    private final ReturnUrlPolicy returnUrls;

    DoneController(ReturnUrlPolicy returnUrls) {
        this.returnUrls = returnUrls;
    }

    @GetMapping("/done")
    String show(@ModelAttribute("completion") @Nullable Completion completion, Model model) {
        // Checked again here: the allow-list may have changed since the flow started.
        String returnTo = (completion == null) ? null : returnUrls.allowedOrEmpty(completion.returnTo()).orElse(null);
        model.addAttribute("returnTo", returnTo);
        model.addAttribute("completed", completion != null);
        return "done";
    }

}
