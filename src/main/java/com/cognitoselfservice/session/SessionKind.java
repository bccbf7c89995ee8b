package com.cognitoselfservice.session;

/**
 * What a session is for. Each kind has a quota of its own, so that a flood of one kind
 * cannot push another out: anonymous flows never evict a sign-in waiting for its
 * challenge's answer or a signed-in admin.
 */
public enum SessionKind {

    /** A forgot-password flow, or the visit kept for the done page. */
    FLOW,
    /** A sign-in waiting for the answer to Cognito's challenge. */
    CHALLENGE,
    /** A helpdesk person signed in to the admin console. */
    CONSOLE

}
