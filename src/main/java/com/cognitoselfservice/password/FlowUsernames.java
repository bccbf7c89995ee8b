package com.cognitoselfservice.password;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import com.cognitoselfservice.flow.ResetFlow;
import com.cognitoselfservice.flow.ResetFlows;
import com.cognitoselfservice.signin.SignIns;

/**
 * Whose new password is being typed, when the page does not say: the username of the
 * reset or the sign-in this session holds.
 */
@Component
class FlowUsernames {

    private final ResetFlows flows;

    private final SignIns signIns;

    FlowUsernames(ResetFlows flows, SignIns signIns) {
        this.flows = flows;
        this.signIns = signIns;
    }

    Optional<String> of(HttpServletRequest request) {
        return flows.current(request).map(ResetFlow::username).or(() -> signIns.pendingUsername(request));
    }

}
