package com.cognitoselfservice.notify;

/** What happened to the password; each has its own sentence in the notice. */
public enum Change {

    RESET("reset"), CHANGED("changed"), FIRST_PASSWORD("first-password"),
    HELPDESK_RESET_REQUIRED("helpdesk-reset-required"), HELPDESK_TEMPORARY_PASSWORD("helpdesk-temporary-password"),
    HELPDESK_PASSWORD_SET("helpdesk-password-set");

    private final String key;

    Change(String key) {
        this.key = key;
    }

    /** Its part of the message keys, {@code notice.what.<key>}. */
    public String key() {
        return key;
    }

    boolean byHelpdesk() {
        return name().startsWith("HELPDESK");
    }

}
