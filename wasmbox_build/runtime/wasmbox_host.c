/* wasmbox_host.c - the Python side of the WASI layer.
 *
 *   - stdout=/stderr= given a callable: each write is handed to it from
 *     inside the WASI import, on the thread making the sandbox call;
 *   - sb.stdout, sb.stderr (captured bytes) and sb.stdout_truncated,
 *     sb.stderr_truncated;
 *   - CapabilityDenied, raised when on_denied="trap" ended a call.
 *
 * Calling Python from inside a sandbox call. The boundary released the GIL
 * before entering wasm, so the import takes it back (PyGILState_Ensure: the
 * thread's own thread state, saved by PyEval_SaveThread) for the callable,
 * and gives it up again before returning to wasm. Meanwhile the calling
 * thread still holds the sandbox's lock: other threads wait for the call to
 * end, and the callable itself may not call into this sandbox (the lock
 * refuses with RuntimeError rather than deadlock; see wasmbox_lock()). It
 * may read sb.stdout/sb.stderr and sb.memory.
 *
 * An exception raised by the callable cannot cross the wasm frames. It is
 * kept (wasi->host_error), the write fails with EIO, later writes fail the
 * same way without calling anything, and the exception is raised when the
 * sandbox call returns: from the export wrapper, or as the context of the
 * trap if the call also trapped (wasmbox_raise_host_error).
 */
#include "wasmbox.h"

#include <string.h>

/* ---- exceptions kept across wasm frames --------------------------------------------- */

PyObject *wasmbox_take_exception(void)
{
#if PY_VERSION_HEX >= 0x030C0000 && (!defined(Py_LIMITED_API) || Py_LIMITED_API >= 0x030C0000)
    return PyErr_GetRaisedException();
#else
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    if (tb != NULL) {
        PyException_SetTraceback(value, tb);
        Py_DECREF(tb);
    }
    Py_XDECREF(type);
    return value;
#endif
}

void wasmbox_restore_exception(PyObject *exc) /* steals exc */
{
#if PY_VERSION_HEX >= 0x030C0000 && (!defined(Py_LIMITED_API) || Py_LIMITED_API >= 0x030C0000)
    PyErr_SetRaisedException(exc);
#else
    PyObject *type = (PyObject *)Py_TYPE(exc);
    Py_INCREF(type);
    PyErr_Restore(type, exc, PyException_GetTraceback(exc));
#endif
}

PyObject *wasmbox_raise_host_error(wasmbox_sandbox *sb)
{
    PyObject *error = sb->wasi.host_error;
    sb->wasi.host_error = NULL;
    if (error == NULL)
        return NULL;
    if (PyErr_Occurred()) { /* the call trapped as well: raise the trap, from the error */
        PyObject *trap = wasmbox_take_exception();
        PyException_SetContext(trap, error); /* steals error */
        wasmbox_restore_exception(trap);
    } else {
        wasmbox_restore_exception(error);
    }
    return NULL;
}

void wasmbox_host_error_clear(wasmbox_sandbox *sb)
{
    PyObject *error = sb->wasi.host_error;
    sb->wasi.host_error = NULL;
    Py_XDECREF(error);
}

/* ---- output to a callable ----------------------------------------------------------------- */

uint32_t wasmbox_output_to_callable(wasmbox_wasi *w, int stream, const wasmbox_chunk *chunks,
                                    size_t count, uint64_t size)
{
    if (size == 0)
        return 0; /* nothing to hand over */
    uint32_t err = 0;
    PyGILState_STATE gil = PyGILState_Ensure();
    if (w->host_error != NULL) {
        err = WASMBOX_WASI_EIO; /* an earlier write of this call raised: keep failing */
    } else {
        PyObject *chunk = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)size);
        PyObject *result = NULL;
        if (chunk != NULL) {
            char *out = PyBytes_AsString(chunk);
            for (size_t i = 0; i < count; i++) {
                memcpy(out, chunks[i].data, chunks[i].size);
                out += chunks[i].size;
            }
            result = PyObject_CallFunctionObjArgs((PyObject *)w->policy->callable[stream], chunk,
                                                  NULL);
            Py_DECREF(chunk);
        }
        if (result == NULL) {
            w->host_error = wasmbox_take_exception();
            err = WASMBOX_WASI_EIO;
        }
        Py_XDECREF(result);
    }
    PyGILState_Release(gil);
    return err;
}

/* ---- captured output ------------------------------------------------------------------------- */

/* Read a capture buffer under the sandbox's lock (a call in another thread
 * may be appending to it), unless this thread is inside a call on sb (an
 * output callable): then it holds the lock already and the sandbox is paused. */
static PyObject *captured(wasmbox_sandbox *sb, int stream, bool truncated_flag)
{
    bool inside = wasmbox_inside(sb);
    if (!inside && !wasmbox_lock(sb))
        return NULL;
    const wasmbox_capture *c = &sb->wasi.capture[stream];
    PyObject *result = truncated_flag
                           ? PyBool_FromLong(c->truncated)
                           : PyBytes_FromStringAndSize(c->size ? (const char *)c->data : "",
                                                       (Py_ssize_t)c->size);
    if (!inside)
        wasmbox_unlock(sb);
    return result;
}

PyObject *wasmbox_get_stdout(wasmbox_sandbox *sb, void *unused)
{
    (void)unused;
    return captured(sb, WASMBOX_STDOUT, false);
}

PyObject *wasmbox_get_stderr(wasmbox_sandbox *sb, void *unused)
{
    (void)unused;
    return captured(sb, WASMBOX_STDERR, false);
}

PyObject *wasmbox_get_stdout_truncated(wasmbox_sandbox *sb, void *unused)
{
    (void)unused;
    return captured(sb, WASMBOX_STDOUT, true);
}

PyObject *wasmbox_get_stderr_truncated(wasmbox_sandbox *sb, void *unused)
{
    (void)unused;
    return captured(sb, WASMBOX_STDERR, true);
}

/* ---- CapabilityDenied ------------------------------------------------------------------------ */

void wasmbox_raise_denied(const char *what)
{
    const wasmbox_denial *d = wasmbox_wasi_last_denial();
    const char *call = d->call ? d->call : "a WASI call";
    /* The detail quotes sandbox-chosen paths: never fail on bad UTF-8. */
    PyObject *detail = PyUnicode_DecodeUTF8(d->detail, (Py_ssize_t)strlen(d->detail),
                                            "backslashreplace");
    PyObject *message = detail ? PyUnicode_FromFormat("%s() was denied %s: %U", what, call,
                                                      detail)
                               : NULL;
    PyObject *exc = message ? PyObject_CallFunctionObjArgs(wasmbox_CapabilityDenied, message,
                                                           NULL)
                            : NULL;
    PyObject *call_name = exc ? PyUnicode_FromString(call) : NULL;
    if (call_name != NULL && PyObject_SetAttrString(exc, "call", call_name) == 0
        && PyObject_SetAttrString(exc, "detail", detail) == 0)
        PyErr_SetObject(wasmbox_CapabilityDenied, exc);
    Py_XDECREF(call_name);
    Py_XDECREF(exc);
    Py_XDECREF(message);
    Py_XDECREF(detail);
}
