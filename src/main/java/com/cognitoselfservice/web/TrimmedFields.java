package com.cognitoselfservice.web;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Usernames and codes are often pasted with a space around them; they are trimmed before validation.
 * Passwords are never trimmed: a space may be part of one.
 */
@ControllerAdvice
class TrimmedFields {

    @InitBinder
    void trim(WebDataBinder binder) {
        StringTrimmerEditor trimmer = new StringTrimmerEditor(false);
        binder.registerCustomEditor(String.class, "username", trimmer);
        binder.registerCustomEditor(String.class, "code", trimmer);
    }

}
