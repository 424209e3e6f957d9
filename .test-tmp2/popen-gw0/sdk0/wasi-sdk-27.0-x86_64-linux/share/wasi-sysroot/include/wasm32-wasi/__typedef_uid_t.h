#ifndef __wasilibc___typedef_uid_t_h
#define __wasilibc___typedef_uid_t_h

typedef unsigned uid_t;

#endif
