/* native_module.h - the module definition every native benchmark extension shares.
 *
 * The same C is built twice, by gcc and by clang, as two modules: the build passes
 * the name as -DNATIVE_NAME=...; without it, the file's default applies. A module
 * defines NATIVE_DEFAULT_NAME and its `methods` table, then writes NATIVE_MODULE.
 */
#ifndef NATIVE_NAME
#define NATIVE_NAME NATIVE_DEFAULT_NAME
#endif
#define NATIVE_STR_(x) #x
#define NATIVE_STR(x) NATIVE_STR_(x)
#define NATIVE_CAT_(a, b) a##b
#define NATIVE_CAT(a, b) NATIVE_CAT_(a, b)

#define NATIVE_MODULE                                                                   \
    static PyModuleDef moduledef = {PyModuleDef_HEAD_INIT, NATIVE_STR(NATIVE_NAME), NULL, \
                                    -1, methods};                                       \
    PyMODINIT_FUNC NATIVE_CAT(PyInit_, NATIVE_NAME)(void)                               \
    {                                                                                   \
        return PyModule_Create(&moduledef);                                             \
    }
