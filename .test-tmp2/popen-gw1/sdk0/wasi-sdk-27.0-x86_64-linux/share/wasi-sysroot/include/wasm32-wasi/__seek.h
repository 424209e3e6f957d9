#ifndef __wasilibc___seek_h
#define __wasilibc___seek_h

#include <wasi/api.h>

#define SEEK_CUR __WASI_WHENCE_CUR
#define SEEK_END __WASI_WHENCE_END
#define SEEK_SET __WASI_WHENCE_SET

#endif
