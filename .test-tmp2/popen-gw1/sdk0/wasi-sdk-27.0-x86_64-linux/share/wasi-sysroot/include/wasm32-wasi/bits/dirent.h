#include <__struct_dirent.h>
