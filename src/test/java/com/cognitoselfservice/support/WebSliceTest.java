package com.cognitoselfservice.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import com.cognitoselfservice.ClockConfiguration;
import com.cognitoselfservice.MeterConfiguration;
import com.cognitoselfservice.abuse.AbuseLimits;
import com.cognitoselfservice.abuse.LimitsInSlices;
import com.cognitoselfservice.abuse.LimitsProperties;
import com.cognitoselfservice.cognito.CognitoGateway;
import com.cognitoselfservice.cognito.CognitoProperties;
import com.cognitoselfservice.cognito.PasswordPolicySource;
import com.cognitoselfservice.cognito.SignInGateway;
import com.cognitoselfservice.deploymentkeys.ServerKeys;
import com.cognitoselfservice.deploymentkeys.SessionKeyProperties;
import com.cognitoselfservice.errorpages.ErrorPagesInSlices;
import com.cognitoselfservice.flow.FlowInSlices;
import com.cognitoselfservice.flow.FlowProperties;
import com.cognitoselfservice.forms.FormsInSlices;
import com.cognitoselfservice.notify.PasswordNotices;
import com.cognitoselfservice.password.CommonPasswords;
import com.cognitoselfservice.password.NewPasswordCheck;
import com.cognitoselfservice.product.ProductProperties;
import com.cognitoselfservice.proofofwork.ProofOfWork;
import com.cognitoselfservice.renderedpages.RenderedPagesInSlices;
import com.cognitoselfservice.security.SecurityInSlices;
import com.cognitoselfservice.session.SessionsInSlices;
import com.cognitoselfservice.signin.SignInProperties;
import com.cognitoselfservice.signin.SignInsInSlices;
import com.cognitoselfservice.visit.VisitsInSlices;

/**
 * What a controller slice needs besides its controller: the real security, error pages,
 * visits, flows, sign-ins and limits, with Cognito mocked. Servlet sessions stand in for
 * Spring Session here.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnableConfigurationProperties({ CognitoProperties.class, ProductProperties.class, LimitsProperties.class,
        FlowProperties.class, SignInProperties.class, SessionKeyProperties.class })
@TestPropertySource(properties = { "cognito.user-pool-id=eu-west-1_Slice", "cognito.client-id=sliceclient" })
@Import({ SecurityInSlices.class, ErrorPagesInSlices.class, RenderedPagesInSlices.class, FormsInSlices.class,
        ClockConfiguration.class, MeterConfiguration.class, AbuseLimits.class, LimitsInSlices.class, ServerKeys.class,
        NewPasswordCheck.class, CommonPasswords.class, VisitsInSlices.class, SessionsInSlices.class, FlowInSlices.class,
        SignInsInSlices.class })
// The proof of work and the notices have tests of their own, against the app.
@MockitoBean(types = { CognitoGateway.class, SignInGateway.class, PasswordPolicySource.class, ProofOfWork.class,
        PasswordNotices.class })
public @interface WebSliceTest {

}
