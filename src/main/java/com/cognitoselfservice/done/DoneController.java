package com.cognitoselfservice.done;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

@Controller
class DoneController {

    @GetMapping("/done")
    String show(@ModelAttribute("completion") @Nullable Completion completion, Model model) {
        model.addAttribute("completed", completion != null);
        if (completion != null) {
            // What an embedding product receives by postMessage.
            model.addAttribute("embedMessage",
                    completion.flow().equals("password-reset") ? "password-reset:done" : "password-changed");
            model.addAttribute("embedUsername", completion.username());
        }
        return "done";
    }

}
