package com.cognitoselfservice.cognito;

import java.util.List;

/** The app client a test chooses as the current one, among others. */
final class FixedAppClients implements UserFlowAppClients {

    private final List<AppClient> apps;

    private AppClient current;

    FixedAppClients(AppClient... apps) {
        this.apps = List.of(apps);
        this.current = apps[0];
    }

    void use(AppClient app) {
        this.current = app;
    }

    @Override
    public AppClient current() {
        return current;
    }

    @Override
    public List<AppClient> all() {
        return apps;
    }

}
