package io.ticketflow.dispatch;

/** A place on earth in decimal degrees (WGS 84). */
public record GeoPoint(double latitude, double longitude) {

    /** The mean earth radius (IUGG) in kilometres. */
    static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("not a place on earth: " + latitude + ", " + longitude);
        }
    }

    /** Null unless both coordinates are given. */
    public static GeoPoint of(Double latitude, Double longitude) {
        return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
    }

    /** Great-circle distance by the haversine formula, in kilometres. */
    public double kmTo(GeoPoint other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(other.latitude))
                * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
