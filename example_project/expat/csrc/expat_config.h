/* expat_config.h - expat 2.5.0 built for wasm32-wasi inside the sandbox.
 *
 * The features CPython 3.11's bundled expat has (DTDs, namespaces, 1 KiB of
 * context), plus 64-bit positions so that byte indexes past 2 GiB stay right
 * on a 32-bit target (as they are in a native 64-bit build).
 *
 * The hash salt: the host seeds every parser with XML_SetHashSalt from
 * os.urandom (sbexpat.c, sbx_create), so expat never picks one itself. Should
 * it ever try, its arc4random_buf is sbexpat.c's sbx_entropy, which asks for the sandbox's
 * randomness capability: denied by default, the call traps instead of falling
 * back to a guessable salt.
 */
#ifndef EXPAT_CONFIG_H
#define EXPAT_CONFIG_H 1

#define BYTEORDER 1234
#define HAVE_ARC4RANDOM_BUF 1
#define arc4random_buf sbx_entropy /* sbexpat.c: the capability or a trap */
#define HAVE_FCNTL_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_STDINT_H 1
#define HAVE_STDLIB_H 1
#define HAVE_STRING_H 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_UNISTD_H 1
#define STDC_HEADERS 1

#define XML_CONTEXT_BYTES 1024
#define XML_DTD 1
#define XML_NS 1

#endif /* EXPAT_CONFIG_H */
