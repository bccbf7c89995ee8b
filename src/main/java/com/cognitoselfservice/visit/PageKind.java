package com.cognitoselfservice.visit;

/**
 * How a page finds its visit: an entry page from its query, a later page from the
 * session, a staff page not at all.
 */
enum PageKind {

    ENTRY, LATER, STAFF

}
