#ifndef CSEGMENTER_H
#define CSEGMENTER_H
#endif
