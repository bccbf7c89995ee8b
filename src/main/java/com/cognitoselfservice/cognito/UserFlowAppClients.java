package com.cognitoselfservice.cognito;

import java.util.List;

/**
 * Which app client the user flows speak as while serving the current request (the product
 * the visitor came from), and every one that is configured.
 */
public interface UserFlowAppClients {

    AppClient current();

    List<AppClient> all();

}
