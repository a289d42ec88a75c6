package io.ticketflow.maintenance;

/** What the maintenance plan table looks at. A JavaBean because table conditions read bean properties. */
public class MaintenanceFacts {

    private final String productModel;
    private final boolean serviced;

    public MaintenanceFacts(String productModel, boolean serviced) {
        this.productModel = productModel;
        this.serviced = serviced;
    }

    public String getProductModel() {
        return productModel;
    }

    /** True once the device has had a service; its next one counts from that service, not from the purchase. */
    public boolean isServiced() {
        return serviced;
    }

    @Override
    public String toString() {
        return "productModel=" + productModel + ", serviced=" + serviced;
    }
}
