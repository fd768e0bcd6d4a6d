/**
 * US cities with their state, a ZIP prefix, coordinates and an area code, and
 * the state sales-tax rates the seeded orders charge (illustrative, state level only).
 */

export interface City {
  city: string;
  state: string;
  zip: string;
  lat: number;
  lon: number;
  areaCode: string;
}

export const CITIES: readonly City[] = [
  { city: 'New York', state: 'NY', zip: '100', lat: 40.7128, lon: -74.006, areaCode: '212' },
  { city: 'Brooklyn', state: 'NY', zip: '112', lat: 40.6782, lon: -73.9442, areaCode: '718' },
  { city: 'Los Angeles', state: 'CA', zip: '900', lat: 34.0522, lon: -118.2437, areaCode: '213' },
  { city: 'San Francisco', state: 'CA', zip: '941', lat: 37.7749, lon: -122.4194, areaCode: '415' },
  { city: 'San Diego', state: 'CA', zip: '921', lat: 32.7157, lon: -117.1611, areaCode: '619' },
  { city: 'Chicago', state: 'IL', zip: '606', lat: 41.8781, lon: -87.6298, areaCode: '312' },
  { city: 'Houston', state: 'TX', zip: '770', lat: 29.7604, lon: -95.3698, areaCode: '713' },
  { city: 'Austin', state: 'TX', zip: '787', lat: 30.2672, lon: -97.7431, areaCode: '512' },
  { city: 'Dallas', state: 'TX', zip: '752', lat: 32.7767, lon: -96.797, areaCode: '214' },
  { city: 'Phoenix', state: 'AZ', zip: '850', lat: 33.4484, lon: -112.074, areaCode: '602' },
  { city: 'Philadelphia', state: 'PA', zip: '191', lat: 39.9526, lon: -75.1652, areaCode: '215' },
  { city: 'Pittsburgh', state: 'PA', zip: '152', lat: 40.4406, lon: -79.9959, areaCode: '412' },
  { city: 'Seattle', state: 'WA', zip: '981', lat: 47.6062, lon: -122.3321, areaCode: '206' },
  { city: 'Portland', state: 'OR', zip: '972', lat: 45.5152, lon: -122.6784, areaCode: '503' },
  { city: 'Denver', state: 'CO', zip: '802', lat: 39.7392, lon: -104.9903, areaCode: '303' },
  { city: 'Boston', state: 'MA', zip: '021', lat: 42.3601, lon: -71.0589, areaCode: '617' },
  { city: 'Miami', state: 'FL', zip: '331', lat: 25.7617, lon: -80.1918, areaCode: '305' },
  { city: 'Orlando', state: 'FL', zip: '328', lat: 28.5383, lon: -81.3792, areaCode: '407' },
  { city: 'Atlanta', state: 'GA', zip: '303', lat: 33.749, lon: -84.388, areaCode: '404' },
  { city: 'Nashville', state: 'TN', zip: '372', lat: 36.1627, lon: -86.7816, areaCode: '615' },
  { city: 'Minneapolis', state: 'MN', zip: '554', lat: 44.9778, lon: -93.265, areaCode: '612' },
  { city: 'Detroit', state: 'MI', zip: '482', lat: 42.3314, lon: -83.0458, areaCode: '313' },
  { city: 'Columbus', state: 'OH', zip: '432', lat: 39.9612, lon: -82.9988, areaCode: '614' },
  { city: 'Charlotte', state: 'NC', zip: '282', lat: 35.2271, lon: -80.8431, areaCode: '704' },
  { city: 'Raleigh', state: 'NC', zip: '276', lat: 35.7796, lon: -78.6382, areaCode: '919' },
  { city: 'Salt Lake City', state: 'UT', zip: '841', lat: 40.7608, lon: -111.891, areaCode: '801' },
  { city: 'Las Vegas', state: 'NV', zip: '891', lat: 36.1699, lon: -115.1398, areaCode: '702' },
  { city: 'Baltimore', state: 'MD', zip: '212', lat: 39.2904, lon: -76.6122, areaCode: '410' },
  { city: 'Milwaukee', state: 'WI', zip: '532', lat: 43.0389, lon: -87.9065, areaCode: '414' },
  { city: 'Anchorage', state: 'AK', zip: '995', lat: 61.2181, lon: -149.9003, areaCode: '907' },
  { city: 'Wilmington', state: 'DE', zip: '198', lat: 39.7391, lon: -75.5398, areaCode: '302' },
  { city: 'Manchester', state: 'NH', zip: '031', lat: 42.9956, lon: -71.4548, areaCode: '603' },
];

/** State sales tax as a fraction. States without a sales tax charge none. */
export const STATE_TAX_RATES: Readonly<Record<string, number>> = {
  NY: 0.04, CA: 0.0725, IL: 0.0625, TX: 0.0625, AZ: 0.056, PA: 0.06, WA: 0.065, OR: 0, CO: 0.029, MA: 0.0625, FL: 0.06,
  GA: 0.04, TN: 0.07, MN: 0.06875, MI: 0.06, OH: 0.0575, NC: 0.0475, UT: 0.0485, NV: 0.0685, MD: 0.06, WI: 0.05, AK: 0, DE: 0, NH: 0,
};

export const STREET_NAMES = [
  'Maple', 'Oak', 'Pine', 'Cedar', 'Elm', 'Washington', 'Lake', 'Hill', 'Park', 'Main', 'Sunset', 'River', 'Highland', 'Church',
  'Spring', 'Willow', 'Lincoln', 'Franklin', 'Jefferson', 'Madison', 'Chestnut', 'Walnut', 'Ridge', 'Meadow', 'Harbor', 'Bay',
] as const;

export const STREET_SUFFIXES = ['St', 'Ave', 'Blvd', 'Rd', 'Ln', 'Dr', 'Ct', 'Way', 'Pl'] as const;
