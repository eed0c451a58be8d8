/**
 * The hostile-input sweep: reads a service's OpenAPI document and, for every operation, sends values
 * nobody wrote a case for (wrong types, missing and unknown fields, MongoDB operators, control and
 * direction characters, invalid UTF-8, huge strings, deep nesting, extreme numbers and dates, empty
 * and array bodies), then checks each answer: never a 5xx, every error a problem document with a
 * status the document declares, a refusal where the value can never be right, and the field named.
 * A new operation is covered the day it appears in the document.
 */
package uk.nhs.cohortcoach.platform.test.sweep;
