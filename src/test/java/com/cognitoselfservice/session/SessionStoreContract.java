package com.cognitoselfservice.session;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every session store does when one person's requests overlap: each keeps what it
 * changed, and a session ended meanwhile stays ended.
 */
abstract class SessionStoreContract {

    abstract SessionRepository<ChangedSession> store();

    @Test
    void twoRequestsAtOnceEachKeepWhatTheyChanged() {
        String id = saved("resetFlow", "code sent to ana");
        ChangedSession form = store().findById(id);
        ChangedSession passwordHelp = store().findById(id);

        form.removeAttribute("resetFlow");
        form.setAttribute("completion", "password reset");
        store().save(form);
        passwordHelp.setLastAccessedTime(Instant.now().plusSeconds(1));
        passwordHelp.setAttribute("language", "fr");
        store().save(passwordHelp);

        ChangedSession after = store().findById(id);
        assertThat((Object) after.getAttribute("resetFlow")).as("the flow stays ended").isNull();
        assertThat((String) after.getAttribute("completion")).isEqualTo("password reset");
        assertThat((String) after.getAttribute("language")).isEqualTo("fr");
        assertThat((String) after.getAttribute("visit")).isEqualTo("shop");
    }

    @Test
    void aRequestSavedTwiceWritesOnlyWhatItChangedSinceOverAnotherRequestsChange() {
        String id = saved("resetFlow", "code sent to ana");
        ChangedSession first = store().findById(id);
        ChangedSession second = store().findById(id);

        first.setAttribute("language", "fr");
        store().save(first);
        second.setAttribute("language", "de");
        store().save(second);
        store().save(first);

        assertThat((String) store().findById(id).getAttribute("language")).isEqualTo("de");
    }

    @Test
    void aSessionEndedMeanwhileIsNotBroughtBack() {
        String id = saved("resetFlow", "code sent to ana");
        ChangedSession late = store().findById(id);

        store().deleteById(id);
        late.setAttribute("language", "fr");
        store().save(late);

        assertThat(store().findById(id)).isNull();
    }

    @Test
    void aNewIdTakesTheSessionAndTheChangesWithIt() {
        String id = saved("resetFlow", "code sent to ana");
        ChangedSession session = store().findById(id);

        String newId = session.changeSessionId();
        session.setAttribute("language", "fr");
        store().save(session);

        assertThat(store().findById(id)).isNull();
        ChangedSession moved = store().findById(newId);
        assertThat((String) moved.getAttribute("resetFlow")).isEqualTo("code sent to ana");
        assertThat((String) moved.getAttribute("language")).isEqualTo("fr");
    }

    String saved(String name, String value) {
        ChangedSession session = store().createSession();
        session.setAttribute(name, value);
        session.setAttribute("visit", "shop");
        store().save(session);
        return session.getId();
    }

}
