/**
 * The only package that speaks to Amazon Cognito: SDK clients, calls, error translation
 * and password policy.
 */
@NullMarked
package com.cognitoselfservice.cognito;

import org.jspecify.annotations.NullMarked;
