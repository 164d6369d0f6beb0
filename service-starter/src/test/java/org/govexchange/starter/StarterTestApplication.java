package org.govexchange.starter;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** The configuration slice tests of the starter boot from; a real service brings its own. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class StarterTestApplication {}
