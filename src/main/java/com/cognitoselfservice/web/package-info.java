/**
 * Security, sessions, errors and what all pages share.
 */
@NullMarked
package com.cognitoselfservice.web;

import org.jspecify.annotations.NullMarked;
