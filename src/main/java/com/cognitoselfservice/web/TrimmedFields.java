package com.cognitoselfservice.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Usernames and codes are often pasted with a space around them; they are trimmed before
 * validation. Passwords are never trimmed: a space may be part of one.
 */
@ControllerAdvice
class TrimmedFields {

    @InitBinder
    void trim(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, "username", new Stripper());
        binder.registerCustomEditor(String.class, "code", new Stripper());
    }

    // String.trim() would also cut control characters off the ends, hiding them from
    // validation.
    private static final class Stripper extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue((text == null) ? null : text.strip());
        }

    }

}
