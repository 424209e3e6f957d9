/* sbexpat.c - expat's handlers, packed for the host (see sbexpat.h). */
#include "sbexpat.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h> /* getentropy */

struct sbx_parser {
    XML_Parser parser;
    void *host[SBX_HANDLERS]; /* the host's callbacks (sbx_event or sbx_query) */
    int in_callback;          /* while a host callback of this parser runs */
    char *scratch;            /* where events are packed */
    size_t scratch_size;
};

static sbx_query unknown_encoding_host;

/* ---- packing ------------------------------------------------------------------ */

/* Room for `size` bytes in the scratch buffer; false when out of memory. */
static int reserve(sbx_parser *s, size_t size)
{
    if (size <= s->scratch_size)
        return 1;
    if (size > INT_MAX)
        return 0;
    size_t grown = s->scratch_size ? s->scratch_size : 256;
    while (grown < size)
        grown = grown > INT_MAX / 2 ? (size_t)INT_MAX : grown * 2;
    char *p = realloc(s->scratch, grown);
    if (p == NULL)
        return 0;
    s->scratch = p;
    s->scratch_size = grown;
    return 1;
}

/* Pack n strings (lengths[i] < 0: NUL-terminated) NUL-separated into the
 * scratch buffer: their size without the last NUL, or -1 (no memory). */
static int pack(sbx_parser *s, int n, const XML_Char *const *strings, const int *lengths,
                int *nulls)
{
    size_t total = 0;
    int measured[8];
    *nulls = 0;
    for (int i = 0; i < n; i++) {
        if (strings[i] == NULL) {
            *nulls |= 1 << i;
            measured[i] = 0;
        } else {
            size_t len = lengths != NULL && lengths[i] >= 0 ? (size_t)lengths[i]
                                                            : strlen(strings[i]);
            if (len > INT_MAX)
                return -1;
            measured[i] = (int)len;
        }
        total += (size_t)measured[i] + 1;
    }
    if (!reserve(s, total))
        return -1;
    char *out = s->scratch;
    for (int i = 0; i < n; i++) {
        if (measured[i] > 0)
            memcpy(out, strings[i], (size_t)measured[i]);
        out += measured[i];
        *out++ = '\0';
    }
    return (int)total - 1;
}

static void emit(sbx_parser *s, int which, const char *data, int size, int flags, int extra)
{
    sbx_event fn = (sbx_event)s->host[which];
    if (fn == NULL)
        return;
    int outer = s->in_callback;
    s->in_callback = 1;
    fn(data, size, flags, extra);
    s->in_callback = outer;
}

static int ask(sbx_parser *s, int which, const char *data, int size, int flags, int extra,
               int otherwise)
{
    sbx_query fn = (sbx_query)s->host[which];
    if (fn == NULL)
        return otherwise;
    int outer = s->in_callback;
    s->in_callback = 1;
    int answer = fn(data, size, flags, extra);
    s->in_callback = outer;
    return answer;
}

/* Pack n strings and send them. */
static void emit_strings(sbx_parser *s, int which, int n, const XML_Char *const *strings,
                         const int *lengths, int extra)
{
    if (s->host[which] == NULL)
        return;
    int nulls;
    int size = pack(s, n, strings, lengths, &nulls);
    emit(s, which, size < 0 ? NULL : s->scratch, size, nulls, extra);
}

/* ---- expat's handlers ---------------------------------------------------------------- */

static void XMLCALL on_start_element(void *data, const XML_Char *name, const XML_Char **atts)
{
    sbx_parser *s = data;
    if (s->host[SBX_START_ELEMENT] == NULL)
        return;
    size_t total = strlen(name) + 1;
    int count = 0;
    for (; atts[count] != NULL; count++)
        total += strlen(atts[count]) + 1;
    int size = -1;
    if (total <= INT_MAX && reserve(s, total)) {
        char *out = s->scratch;
        size_t len = strlen(name);
        memcpy(out, name, len + 1);
        out += len + 1;
        for (int i = 0; i < count; i++) {
            len = strlen(atts[i]);
            memcpy(out, atts[i], len + 1);
            out += len + 1;
        }
        size = (int)total - 1;
    }
    emit(s, SBX_START_ELEMENT, size < 0 ? NULL : s->scratch, size,
         XML_GetSpecifiedAttributeCount(s->parser), count);
}

static void XMLCALL on_end_element(void *data, const XML_Char *name)
{
    sbx_parser *s = data;
    emit(s, SBX_END_ELEMENT, name, (int)strlen(name), 0, 0);
}

static void XMLCALL on_processing_instruction(void *data, const XML_Char *target,
                                              const XML_Char *pi)
{
    const XML_Char *strings[] = {target, pi};
    emit_strings(data, SBX_PROCESSING_INSTRUCTION, 2, strings, NULL, 0);
}

static void XMLCALL on_character_data(void *data, const XML_Char *text, int len)
{
    emit(data, SBX_CHARACTER_DATA, text, len, 0, 0);
}

/* Put in place of the character data handler when the host clears it from
 * inside a callback: expat may still be passing text from the same buffer. */
static void XMLCALL ignore_character_data(void *data, const XML_Char *text, int len)
{
    (void)data, (void)text, (void)len;
}

static void XMLCALL on_unparsed_entity_decl(void *data, const XML_Char *entity,
                                            const XML_Char *base, const XML_Char *system_id,
                                            const XML_Char *public_id,
                                            const XML_Char *notation)
{
    const XML_Char *strings[] = {entity, base, system_id, public_id, notation};
    emit_strings(data, SBX_UNPARSED_ENTITY_DECL, 5, strings, NULL, 0);
}

static void XMLCALL on_notation_decl(void *data, const XML_Char *notation,
                                     const XML_Char *base, const XML_Char *system_id,
                                     const XML_Char *public_id)
{
    const XML_Char *strings[] = {notation, base, system_id, public_id};
    emit_strings(data, SBX_NOTATION_DECL, 4, strings, NULL, 0);
}

static void XMLCALL on_start_namespace_decl(void *data, const XML_Char *prefix,
                                            const XML_Char *uri)
{
    const XML_Char *strings[] = {prefix, uri};
    emit_strings(data, SBX_START_NAMESPACE_DECL, 2, strings, NULL, 0);
}

static void XMLCALL on_end_namespace_decl(void *data, const XML_Char *prefix)
{
    emit_strings(data, SBX_END_NAMESPACE_DECL, 1, &prefix, NULL, 0);
}

static void XMLCALL on_comment(void *data, const XML_Char *text)
{
    emit(data, SBX_COMMENT, text, (int)strlen(text), 0, 0);
}

static void XMLCALL on_start_cdata_section(void *data)
{
    emit(data, SBX_START_CDATA_SECTION, NULL, 0, 0, 0);
}

static void XMLCALL on_end_cdata_section(void *data)
{
    emit(data, SBX_END_CDATA_SECTION, NULL, 0, 0, 0);
}

static void XMLCALL on_default(void *data, const XML_Char *text, int len)
{
    emit(data, SBX_DEFAULT, text, len, 0, 0);
}

static void XMLCALL on_default_expand(void *data, const XML_Char *text, int len)
{
    emit(data, SBX_DEFAULT_EXPAND, text, len, 0, 0);
}

static int XMLCALL on_not_standalone(void *data)
{
    return ask(data, SBX_NOT_STANDALONE, NULL, 0, 0, 0, XML_STATUS_OK);
}

static int XMLCALL on_external_entity_ref(XML_Parser parser, const XML_Char *context,
                                          const XML_Char *base, const XML_Char *system_id,
                                          const XML_Char *public_id)
{
    sbx_parser *s = XML_GetUserData(parser);
    if (s->host[SBX_EXTERNAL_ENTITY_REF] == NULL)
        return XML_STATUS_OK;
    const XML_Char *strings[] = {context, base, system_id, public_id};
    int nulls;
    int size = pack(s, 4, strings, NULL, &nulls);
    return ask(s, SBX_EXTERNAL_ENTITY_REF, size < 0 ? NULL : s->scratch, size, nulls, 0,
               XML_STATUS_ERROR);
}

static void XMLCALL on_start_doctype_decl(void *data, const XML_Char *name,
                                          const XML_Char *sysid, const XML_Char *pubid,
                                          int has_internal_subset)
{
    const XML_Char *strings[] = {name, sysid, pubid};
    emit_strings(data, SBX_START_DOCTYPE_DECL, 3, strings, NULL, has_internal_subset);
}

static void XMLCALL on_end_doctype_decl(void *data)
{
    emit(data, SBX_END_DOCTYPE_DECL, NULL, 0, 0, 0);
}

static void XMLCALL on_entity_decl(void *data, const XML_Char *entity, int is_parameter_entity,
                                   const XML_Char *value, int value_length,
                                   const XML_Char *base, const XML_Char *system_id,
                                   const XML_Char *public_id, const XML_Char *notation)
{
    const XML_Char *strings[] = {entity, value, base, system_id, public_id, notation};
    const int lengths[] = {-1, value_length < 0 ? 0 : value_length, -1, -1, -1, -1};
    emit_strings(data, SBX_ENTITY_DECL, 6, strings, lengths, is_parameter_entity);
}

static void XMLCALL on_xml_decl(void *data, const XML_Char *version, const XML_Char *encoding,
                                int standalone)
{
    const XML_Char *strings[] = {version, encoding};
    emit_strings(data, SBX_XML_DECL, 2, strings, NULL, standalone);
}

static void XMLCALL on_element_decl(void *data, const XML_Char *name, XML_Content *model)
{
    sbx_parser *s = data;
    emit_strings(s, SBX_ELEMENT_DECL, 1, &name, NULL, (int)(uintptr_t)model);
    XML_FreeContentModel(s->parser, model); /* the handler owns it */
}

static void XMLCALL on_attlist_decl(void *data, const XML_Char *elname, const XML_Char *attname,
                                    const XML_Char *att_type, const XML_Char *dflt,
                                    int isrequired)
{
    const XML_Char *strings[] = {elname, attname, att_type, dflt};
    emit_strings(data, SBX_ATTLIST_DECL, 4, strings, NULL, isrequired);
}

static void XMLCALL on_skipped_entity(void *data, const XML_Char *entity,
                                      int is_parameter_entity)
{
    emit_strings(data, SBX_SKIPPED_ENTITY, 1, &entity, NULL, is_parameter_entity);
}

static int XMLCALL on_unknown_encoding(void *data, const XML_Char *name, XML_Encoding *info)
{
    (void)data;
    for (int i = 0; i < 256; i++)
        info->map[i] = -1;
    int filled = unknown_encoding_host != NULL
                 && unknown_encoding_host(name, (int)strlen(name), 0,
                                          (int)(uintptr_t)info->map);
    /* Single-byte maps only: no conversion function of the host's choosing. */
    info->data = NULL;
    info->convert = NULL;
    info->release = NULL;
    return filled ? XML_STATUS_OK : XML_STATUS_ERROR;
}

/* ---- entropy ------------------------------------------------------------------------ */

/* expat's source of a hash salt (expat_config.h makes its arc4random_buf this one),
 * used only for a parser the host did not seed, which never happens: sbx_create
 * always sets one. wasi-libc's arc4random_buf would carry on with a zero key when
 * the sandbox's randomness capability is denied; this one traps instead: the
 * capability, or no salt at all - never a guessable one. */
void sbx_entropy(void *buffer, size_t size);
void sbx_entropy(void *buffer, size_t size)
{
    if (getentropy(buffer, size) != 0)
        __builtin_trap();
}

/* ---- the API ------------------------------------------------------------------------- */

static sbx_parser *wrap(XML_Parser parser)
{
    if (parser == NULL)
        return NULL;
    sbx_parser *s = calloc(1, sizeof *s);
    if (s == NULL) {
        XML_ParserFree(parser);
        return NULL;
    }
    s->parser = parser;
    XML_SetUserData(parser, s);
    XML_SetUnknownEncodingHandler(parser, on_unknown_encoding, NULL);
    return s;
}

sbx_parser *sbx_create(const char *encoding, const char *separator, unsigned int salt)
{
    sbx_parser *s = wrap(XML_ParserCreate_MM(encoding, NULL, separator));
    if (s != NULL)
        XML_SetHashSalt(s->parser, salt);
    return s;
}

sbx_parser *sbx_create_child(sbx_parser *parent, const char *context, const char *encoding)
{
    XML_Parser child = XML_ExternalEntityParserCreate(parent->parser, context, encoding);
    if (child == NULL)
        return NULL;
    sbx_parser *s = wrap(child);
    if (s != NULL) {
        /* expat copied the parent's handlers; the host sets the child's own. */
        for (int which = 0; which < SBX_HANDLERS; which++)
            sbx_set_handler(s, which, 0);
    }
    return s;
}

void sbx_free(sbx_parser *s)
{
    if (s == NULL)
        return;
    XML_ParserFree(s->parser);
    free(s->scratch);
    free(s);
}

XML_Parser sbx_expat(sbx_parser *s)
{
    return s->parser;
}

void sbx_set_handler(sbx_parser *s, int which, unsigned int fn)
{
    if (s == NULL || which < 0 || which >= SBX_HANDLERS)
        return;
    void *host = (void *)(uintptr_t)fn;
    s->host[which] = host;
    XML_Parser p = s->parser;
    switch (which) {
    case SBX_START_ELEMENT:
        XML_SetStartElementHandler(p, host ? on_start_element : NULL);
        break;
    case SBX_END_ELEMENT:
        XML_SetEndElementHandler(p, host ? on_end_element : NULL);
        break;
    case SBX_PROCESSING_INSTRUCTION:
        XML_SetProcessingInstructionHandler(p, host ? on_processing_instruction : NULL);
        break;
    case SBX_CHARACTER_DATA:
        XML_SetCharacterDataHandler(p, host ? on_character_data
                                       : s->in_callback ? ignore_character_data : NULL);
        break;
    case SBX_UNPARSED_ENTITY_DECL:
        XML_SetUnparsedEntityDeclHandler(p, host ? on_unparsed_entity_decl : NULL);
        break;
    case SBX_NOTATION_DECL:
        XML_SetNotationDeclHandler(p, host ? on_notation_decl : NULL);
        break;
    case SBX_START_NAMESPACE_DECL:
        XML_SetStartNamespaceDeclHandler(p, host ? on_start_namespace_decl : NULL);
        break;
    case SBX_END_NAMESPACE_DECL:
        XML_SetEndNamespaceDeclHandler(p, host ? on_end_namespace_decl : NULL);
        break;
    case SBX_COMMENT:
        XML_SetCommentHandler(p, host ? on_comment : NULL);
        break;
    case SBX_START_CDATA_SECTION:
        XML_SetStartCdataSectionHandler(p, host ? on_start_cdata_section : NULL);
        break;
    case SBX_END_CDATA_SECTION:
        XML_SetEndCdataSectionHandler(p, host ? on_end_cdata_section : NULL);
        break;
    case SBX_DEFAULT:
        XML_SetDefaultHandler(p, host ? on_default : NULL);
        break;
    case SBX_DEFAULT_EXPAND:
        XML_SetDefaultHandlerExpand(p, host ? on_default_expand : NULL);
        break;
    case SBX_NOT_STANDALONE:
        XML_SetNotStandaloneHandler(p, host ? on_not_standalone : NULL);
        break;
    case SBX_EXTERNAL_ENTITY_REF:
        XML_SetExternalEntityRefHandler(p, host ? on_external_entity_ref : NULL);
        break;
    case SBX_START_DOCTYPE_DECL:
        XML_SetStartDoctypeDeclHandler(p, host ? on_start_doctype_decl : NULL);
        break;
    case SBX_END_DOCTYPE_DECL:
        XML_SetEndDoctypeDeclHandler(p, host ? on_end_doctype_decl : NULL);
        break;
    case SBX_ENTITY_DECL:
        XML_SetEntityDeclHandler(p, host ? on_entity_decl : NULL);
        break;
    case SBX_XML_DECL:
        XML_SetXmlDeclHandler(p, host ? on_xml_decl : NULL);
        break;
    case SBX_ELEMENT_DECL:
        XML_SetElementDeclHandler(p, host ? on_element_decl : NULL);
        break;
    case SBX_ATTLIST_DECL:
        XML_SetAttlistDeclHandler(p, host ? on_attlist_decl : NULL);
        break;
    case SBX_SKIPPED_ENTITY:
        XML_SetSkippedEntityHandler(p, host ? on_skipped_entity : NULL);
        break;
    }
}

void sbx_set_unknown_encoding(unsigned int fn)
{
    unknown_encoding_host = (sbx_query)(uintptr_t)fn;
}

const char *sbx_input_context(sbx_parser *s, int *offset_size)
{
    offset_size[0] = offset_size[1] = 0;
    if (!s->in_callback)
        return NULL;
    return XML_GetInputContext(s->parser, &offset_size[0], &offset_size[1]);
}
