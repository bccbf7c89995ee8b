package com.cognitoselfservice.cancel;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

import com.cognitoselfservice.flow.FlowSessions;

@Controller
class CancelController {

    private final FlowSessions flows;

    CancelController(FlowSessions flows) {
        this.flows = flows;
    }

    @PostMapping("/cancel")
    String cancel(HttpServletRequest request) {
        flows.finish(request);
        flows.finishSignIn(request);
        return "cancelled";
    }

}
