package com.cognitoselfservice.home;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.cognitoselfservice.cognito.Username;
import com.cognitoselfservice.visit.EntryPage;

@Controller
@EntryPage
class HomeController {

    @GetMapping("/")
    String show(@RequestParam(required = false) @Nullable String username, Model model) {
        model.addAttribute("username", Username.prefill(username));
        return "home";
    }

}
