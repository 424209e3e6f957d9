/* wasmbox_signals.h - the process's signal hub (wasmbox_signals.c), as the
 * modules that share it see it. Its layout is fixed for the life of the
 * attribute name (sys._wasmbox_signal_hub_v2): change it, change the name. */
#ifndef WASMBOX_SIGNALS_H_
#define WASMBOX_SIGNALS_H_

#include "wasmbox_thread.h"

#if WASMBOX_DEADLINES
#include <pthread.h>
#endif

/* What each module gives the hub; both are called from signal handlers. */
typedef struct {
    /* The deadline signal arrived on this thread (or an interrupt signal on
     * the main thread, which another client may be inside): end this module's
     * call if it must, which does not return. `context` is the handler's
     * ucontext. */
    void (*on_signal)(void *context);
    /* An interrupt signal `sig` (SIGINT, or another of the set) arrived, on
     * any thread: note it for the main thread's call into this module, if
     * there is one; true if so (the main thread must then be sent the
     * deadline signal). */
    bool (*on_interrupt)(int sig);
} wasmbox_signal_client;

/* A set of signals 1..64 (Linux's), as a mask: bit sig - 1. */
typedef uint64_t wasmbox_signal_set;
#define WASMBOX_SIGNAL_BIT(sig) ((wasmbox_signal_set)1 << ((sig) - 1))
#define WASMBOX_MAX_SIGNAL 64

typedef struct wasmbox_signal_hub {
    int signo;  /* the real-time signal of deadline timers; 0: none (no time limits) */
    void *tag;  /* the sigev_value of every deadline signal */
#if WASMBOX_DEADLINES
    pthread_t main_thread; /* where Python runs signal handlers */
#endif
    int (*add_client)(const wasmbox_signal_client *client);
    /* Put the handlers back in front of whatever replaced them: 0, or -1 with errno. */
    int (*refresh)(void);
    /* The interrupt signals: those that end the main thread's sandboxed call
     * as Ctrl-C does, while their handler is a function (SIGINT at first). */
    wasmbox_signal_set (*interrupt_signals)(void);
    /* Replace them (checked by the caller): 0, or -1 with errno. */
    int (*set_interrupt_signals)(wasmbox_signal_set set);
} wasmbox_signal_hub;

/* The hub as this module joined it (wasmbox_deadline.c); NULL without
 * per-thread timers (not Linux). */
WASMBOX_INTERNAL extern const wasmbox_signal_hub *wasmbox_hub;

/* Join the process's hub (start it if this module is the first): NULL with an
 * exception set on failure. With the GIL, from PyInit. */
WASMBOX_INTERNAL const wasmbox_signal_hub *wasmbox_signals_join(
    const wasmbox_signal_client *client);

#endif /* WASMBOX_SIGNALS_H_ */
