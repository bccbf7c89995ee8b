package com.cognitoselfservice.forms;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How a form's fields are bound. Only plain field names are: an indexed or nested name
 * ({@code username[0]}, {@code username.x}) is not a field of any form here and is
 * ignored, as is anything that does not fit the form. Usernames and codes are often
 * pasted with a space around them; they are trimmed before validation. Passwords are
 * never trimmed: a space may be part of one.
 */
@ControllerAdvice
class FormBinding {

    @InitBinder
    void bind(WebDataBinder binder) {
        binder.setDisallowedFields("*[*", "*.*");
        binder.setIgnoreInvalidFields(true);
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
