package io.nwtn.stress.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Every error answer of the contract: a machine code and a sentence for a person. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorBody(
    @JsonProperty("error") String error, @JsonProperty("detail") String detail) {}
