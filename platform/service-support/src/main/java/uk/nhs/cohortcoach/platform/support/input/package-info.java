/**
 * What a client may send at all, whatever the operation: text that is valid Unicode without control
 * characters or direction overrides (line breaks and tabs only in {@link FreeText} fields), within a
 * length; dates and instants within the years this programme can mean (2000–2100), sent as ISO-8601
 * text, never as epoch numbers; query strings and paths that are valid UTF-8. Applied to JSON bodies
 * (a Jackson module on the strict reader), to query and path parameters (a converter and an
 * interceptor), so every operation gets the same rules without a line of its own. A refused value is a
 * 400 naming the field, in words a person understands.
 */
package uk.nhs.cohortcoach.platform.support.input;
