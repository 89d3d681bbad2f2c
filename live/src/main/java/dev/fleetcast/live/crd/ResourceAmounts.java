package dev.fleetcast.live.crd;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A Gateway's {@code resources} (in spec and status): Kubernetes quantities as strings, each optional. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ResourceAmounts {

    private String memory;
    private String cpu;
    private String storage;

    public String getMemory() {
        return memory;
    }

    public void setMemory(String memory) {
        this.memory = memory;
    }

    public String getCpu() {
        return cpu;
    }

    public void setCpu(String cpu) {
        this.cpu = cpu;
    }

    public String getStorage() {
        return storage;
    }

    public void setStorage(String storage) {
        this.storage = storage;
    }
}
