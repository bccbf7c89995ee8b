package com.cognitoselfservice.cognito;

import java.io.Serializable;

/**
 * Where Cognito sent a code, masked as Cognito masks it ({@code j***@e***.com}).
 */
public record CodeDelivery(String destination, String medium) implements Serializable {

    public boolean isSms() {
        return "SMS".equals(medium);
    }

}
