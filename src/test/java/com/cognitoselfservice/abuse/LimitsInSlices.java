package com.cognitoselfservice.abuse;

import org.springframework.context.annotation.Import;

/** The limits' buckets in memory, for controller slices. */
@Import(InMemoryBuckets.class)
public class LimitsInSlices {

}
