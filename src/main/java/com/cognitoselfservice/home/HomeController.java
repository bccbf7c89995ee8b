package com.cognitoselfservice.home;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.cognitoselfservice.web.EntryParameters;
import com.cognitoselfservice.web.ReturnUrlPolicy;

@Controller
class HomeController {

    private final ReturnUrlPolicy returnUrls;

    HomeController(ReturnUrlPolicy returnUrls) {
        this.returnUrls = returnUrls;
    }

    @GetMapping("/")
    String show(@RequestParam(required = false) @Nullable String username,
            @RequestParam(name = "return_to", required = false) @Nullable String returnTo, Model model) {
        model.addAttribute("username", EntryParameters.username(username));
        model.addAttribute("returnTo", returnUrls.allowedOrEmpty(returnTo).orElse(null));
        return "home";
    }

}
