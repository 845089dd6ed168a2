/* CXapian: Xapian's C++ API behind a C interface. No C++ exception crosses
 * it; every failure is reported as a cx_error (see cx_common.h). */
#ifndef CXAPIAN_H
#define CXAPIAN_H

#include "cx_common.h"
#include "cx_iterators.h"
#include "cx_document.h"
#include "cx_database.h"
#include "cx_remote.h"
#include "cx_query.h"
#include "cx_enquire.h"

#endif
