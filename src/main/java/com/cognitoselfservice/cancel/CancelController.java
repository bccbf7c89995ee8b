package com.cognitoselfservice.cancel;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

import com.cognitoselfservice.flow.ResetFlows;
import com.cognitoselfservice.signin.SignIns;

/** {@code /cancel}: ends whatever flow runs; the visit stays, for the way back. */
@Controller
class CancelController {

    private final ResetFlows flows;

    private final SignIns signIns;

    CancelController(ResetFlows flows, SignIns signIns) {
        this.flows = flows;
        this.signIns = signIns;
    }

    @PostMapping("/cancel")
    String cancel(HttpServletRequest request) {
        flows.finish(request);
        signIns.cancel(request);
        return "cancelled";
    }

}
