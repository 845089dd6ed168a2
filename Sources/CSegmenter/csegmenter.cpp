#include "csegmenter.h"
