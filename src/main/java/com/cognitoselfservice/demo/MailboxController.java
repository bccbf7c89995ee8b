package com.cognitoselfservice.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.cognitoselfservice.visit.StaffPage;

/**
 * {@code /dev/mailbox}: the codes sent in demo mode. The route does not exist otherwise.
 */
@Controller
@Profile("demo")
@StaffPage
class MailboxController {

    private final DemoMailbox mailbox;

    MailboxController(DemoMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/dev/mailbox")
    String show(Model model) {
        model.addAttribute("messages", mailbox.messages());
        return "mailbox";
    }

}
