/* wasmbox_policy.c - Sandbox(**policy) keyword arguments -> wasmbox_policy.
 *
 * The zero policy denies everything (see wasmbox_wasi.h). Each capability a
 * later release can grant gets one keyword here and one field in
 * wasmbox_policy; unknown keywords are a TypeError, so a misspelt grant
 * never silently leaves the sandbox with less (or more) than asked for.
 */
#include "wasmbox.h"

#include <string.h>

/* stdout=/stderr=: only None (discard, the default) so far. */
static bool parse_output(PyObject *key, PyObject *value, wasmbox_output *out)
{
    if (value == Py_None) {
        *out = WASMBOX_OUTPUT_DISCARD;
        return true;
    }
    PyErr_Format(PyExc_ValueError,
                 "Sandbox(%U=...): only None (discard the sandbox's output) is supported", key);
    return false;
}

bool wasmbox_policy_from_kwargs(wasmbox_policy *policy, PyObject *kwargs)
{
    memset(policy, 0, sizeof *policy); /* deny everything */
    if (kwargs == NULL)
        return true;
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    while (PyDict_Next(kwargs, &pos, &key, &value)) {
        bool ok;
        if (PyUnicode_CompareWithASCIIString(key, "stdout") == 0) {
            ok = parse_output(key, value, &policy->stdout_mode);
        } else if (PyUnicode_CompareWithASCIIString(key, "stderr") == 0) {
            ok = parse_output(key, value, &policy->stderr_mode);
        } else {
            PyErr_Format(PyExc_TypeError,
                         "Sandbox() got an unexpected keyword argument '%U' (the sandbox "
                         "gets no files, environment, clock or randomness in this release)",
                         key);
            ok = false;
        }
        if (!ok)
            return false;
    }
    return true;
}
