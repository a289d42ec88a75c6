package io.ticketflow.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    private static final GeoPoint SHANGHAI_PEOPLES_SQUARE = new GeoPoint(31.2304, 121.4737);
    private static final GeoPoint BEIJING_TIANANMEN = new GeoPoint(39.9042, 116.4074);

    @Test
    void measuresShanghaiToBeijingAlongTheGreatCircle() {
        // Published great-circle distance between the two city centres: about 1,067 km.
        assertThat(SHANGHAI_PEOPLES_SQUARE.kmTo(BEIJING_TIANANMEN)).isCloseTo(1067, within(5.0));
    }

    @Test
    void isSymmetricAndZeroForTheSamePlace() {
        assertThat(SHANGHAI_PEOPLES_SQUARE.kmTo(BEIJING_TIANANMEN))
                .isCloseTo(BEIJING_TIANANMEN.kmTo(SHANGHAI_PEOPLES_SQUARE), within(1e-9));
        assertThat(SHANGHAI_PEOPLES_SQUARE.kmTo(SHANGHAI_PEOPLES_SQUARE)).isZero();
    }

    @Test
    void oneDegreeOfLatitudeIsAbout111Km() {
        assertThat(new GeoPoint(0, 0).kmTo(new GeoPoint(1, 0))).isCloseTo(111.2, within(0.1));
    }

    @Test
    void crossesTheDateLineTheShortWay() {
        assertThat(new GeoPoint(0, 179.5).kmTo(new GeoPoint(0, -179.5))).isCloseTo(111.2, within(0.1));
    }

    @Test
    void refusesPlacesNotOnEarth() {
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(0, -180.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isAbsentUnlessBothCoordinatesAreGiven() {
        assertThat(GeoPoint.of(31.0, null)).isNull();
        assertThat(GeoPoint.of(null, null)).isNull();
        assertThat(GeoPoint.of(31.0, 121.0)).isEqualTo(new GeoPoint(31.0, 121.0));
    }
}
