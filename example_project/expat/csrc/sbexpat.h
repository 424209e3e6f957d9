/* sbexpat.h - a thin layer over expat, compiled into the sandbox with it.
 *
 * expat hands its handlers C strings and arrays of them; reading those from the
 * host one pointer at a time would cost a crossing each. This layer installs its
 * own C handler for every handler type the host wants and packs each event into
 * one buffer, so the host's callback reads it with one copy:
 *
 *   every host callback has the type   (const char *data, int size, int flags, int extra)
 *
 *   data, size  the event's strings, each followed by a NUL except the last
 *               (size counts the bytes without a final NUL); NULL and -1 when
 *               the layer found no memory to pack them in
 *   flags       bit i set: string i was NULL (it is packed as "")
 *   extra       one more value of the event (below)
 *
 * Character data and default-handler text are passed as expat gives them
 * (data, size), not copied. The host's callbacks are function pointers: one per
 * handler type per parser, set with sbx_set_handler().
 */
#ifndef SBEXPAT_H
#define SBEXPAT_H

#include "expat.h"

/* An event the host needs no answer for, and one it answers (int). */
typedef void (*sbx_event)(const char *data, int size, int flags, int extra);
typedef int (*sbx_query)(const char *data, int size, int flags, int extra);

/* The handler types, in the order of CPython's pyexpat, with what each passes.
 * Events get an sbx_event, queries an sbx_query. */
enum sbx_handler {
    SBX_START_ELEMENT,          /* name, attr name, value, ...; flags: specified
                                   attribute strings (XML_GetSpecifiedAttributeCount);
                                   extra: attribute strings */
    SBX_END_ELEMENT,            /* name */
    SBX_PROCESSING_INSTRUCTION, /* target, data */
    SBX_CHARACTER_DATA,         /* the text (not packed) */
    SBX_UNPARSED_ENTITY_DECL,   /* entityName, base, systemId, publicId, notationName */
    SBX_NOTATION_DECL,          /* notationName, base, systemId, publicId */
    SBX_START_NAMESPACE_DECL,   /* prefix, uri */
    SBX_END_NAMESPACE_DECL,     /* prefix */
    SBX_COMMENT,                /* data */
    SBX_START_CDATA_SECTION,    /* - */
    SBX_END_CDATA_SECTION,      /* - */
    SBX_DEFAULT,                /* the text (not packed) */
    SBX_DEFAULT_EXPAND,         /* the text (not packed) */
    SBX_NOT_STANDALONE,         /* - (query) */
    SBX_EXTERNAL_ENTITY_REF,    /* context, base, systemId, publicId (query) */
    SBX_START_DOCTYPE_DECL,     /* doctypeName, sysid, pubid; extra: has_internal_subset */
    SBX_END_DOCTYPE_DECL,       /* - */
    SBX_ENTITY_DECL,            /* entityName, value, base, systemId, publicId,
                                   notationName; extra: is_parameter_entity */
    SBX_XML_DECL,               /* version, encoding; extra: standalone */
    SBX_ELEMENT_DECL,           /* name; extra: the XML_Content model (freed after) */
    SBX_ATTLIST_DECL,           /* elname, attname, att_type, dflt; extra: isrequired */
    SBX_SKIPPED_ENTITY,         /* entityName; extra: is_parameter_entity */
    SBX_HANDLERS
};

typedef struct sbx_parser sbx_parser;

/* A parser (XML_ParserCreate_MM: `separator` NULL for no namespace processing,
 * "" to join URI and local name) whose hash salt is `salt` (nonzero: the host's
 * randomness). NULL when out of memory. */
sbx_parser *sbx_create(const char *encoding, const char *separator, unsigned int salt);
/* A parser for an external entity, in the parent's sandbox (it shares the
 * parent's DTD: free it first). Its handlers are unset. NULL if expat refused. */
sbx_parser *sbx_create_child(sbx_parser *parent, const char *context, const char *encoding);
void sbx_free(sbx_parser *parser);
XML_Parser sbx_expat(sbx_parser *parser);

/* Set (fn: a host callback of the handler's type) or clear (0) a handler. */
void sbx_set_handler(sbx_parser *parser, int which, unsigned int fn);
/* The host's answer to an encoding expat does not know: called with the
 * encoding's name and, as extra, the address of the int[256] map to fill (-1:
 * not a character); nonzero if it filled the map. One for the whole sandbox. */
void sbx_set_unknown_encoding(unsigned int fn);

/* XML_GetInputContext, only while one of the parser's callbacks runs (else
 * NULL): the buffer's address; offset_size[0] and [1] get the event's offset in
 * it and the buffer's size. */
const char *sbx_input_context(sbx_parser *parser, int *offset_size);

#endif /* SBEXPAT_H */
