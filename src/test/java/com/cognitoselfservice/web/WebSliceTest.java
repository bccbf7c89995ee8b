package com.cognitoselfservice.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import com.cognitoselfservice.abuse.AbuseLimits;
import com.cognitoselfservice.change.ChallengeGuard;
import com.cognitoselfservice.change.PasswordChange;
import com.cognitoselfservice.cognito.CognitoGateway;
import com.cognitoselfservice.cognito.PasswordPolicySource;
import com.cognitoselfservice.cognito.SignInGateway;
import com.cognitoselfservice.cognito.CognitoProperties;
import com.cognitoselfservice.flow.FlowSessions;
import com.cognitoselfservice.passwordhelp.CommonPasswords;
import com.cognitoselfservice.product.ProductProperties;
import com.cognitoselfservice.product.ProductsInSlices;

/**
 * What a controller slice needs besides its controller: the real security, error pages,
 * flow state and limits, with Cognito mocked. Servlet sessions stand in for Spring
 * Session here.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnableConfigurationProperties({ ResetProperties.class, CognitoProperties.class, ProductProperties.class })
@TestPropertySource(properties = { "cognito.user-pool-id=eu-west-1_Slice", "cognito.client-id=sliceclient" })
@Import({ SecurityConfiguration.class, ErrorPages.class, TrimmedFields.class, ClockConfiguration.class,
        FlowSessions.class, AbuseLimits.class, NewPasswordCheck.class, CommonPasswords.class, ChallengeGuard.class,
        PasswordChange.class, ProductsInSlices.class })
@MockitoBean(types = { CognitoGateway.class, SignInGateway.class, PasswordPolicySource.class })
public @interface WebSliceTest {

}
