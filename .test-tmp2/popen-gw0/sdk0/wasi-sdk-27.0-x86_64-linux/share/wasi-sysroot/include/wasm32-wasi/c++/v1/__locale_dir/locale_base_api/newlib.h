//===----------------------------------------------------------------------===//
//
// Part of the LLVM Project, under the Apache License v2.0 with LLVM Exceptions.
// See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef _LIBCPP___LOCALE_LOCALE_BASE_API_NEWLIB_H
#define _LIBCPP___LOCALE_LOCALE_BASE_API_NEWLIB_H

#endif // _LIBCPP___LOCALE_LOCALE_BASE_API_NEWLIB_H
