package com.cognitoselfservice.done;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.cognitoselfservice.flow.Completion;

@Controller
class DoneController {

    // The completion is a flash attribute, in the model only right after a flow ended; a
    // reload or a direct visit shows the page without it.
    @GetMapping("/done")
    String show(Model model) {
        Completion completion = (Completion) model.getAttribute(Completion.ATTRIBUTE);
        model.addAttribute("completed", completion != null);
        if (completion != null) {
            // What an embedding product receives by postMessage.
            model.addAttribute("embedMessage", completion.outcome().embedMessage());
            model.addAttribute("embedUsername", completion.username());
        }
        return "done";
    }

}
