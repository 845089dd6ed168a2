import CSegmenter
