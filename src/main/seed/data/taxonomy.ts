/**
 * The store's category tree (six departments, three aisles each, two shelves
 * per aisle) and, for every shelf (leaf), what its products look like. Brands
 * are invented. Prices are in USD.
 */

export interface VariantOption {
  name: string;
  values: readonly string[];
  /** Added to the unit price when this option is chosen; absent for options that cost the same. */
  priceModifier?: number;
}

export interface LeafProfile {
  name: string;
  /** What the product is, as the last words of its name ("Noise-Cancelling Headphones"). */
  nouns: readonly string[];
  brands: readonly string[];
  /** Regular price range. */
  price: readonly [number, number];
  /** Specification name -> possible values. */
  specs: Readonly<Record<string, readonly string[]>>;
  /** Options some products of this shelf come in. */
  variants: readonly VariantOption[];
  tags: readonly string[];
  weightKg: readonly [number, number];
  /** Range of the longest side of the box. */
  sizeCm: readonly [number, number];
}

/** A second-level category: its leaves hold the products. */
export interface AisleSpec {
  name: string;
  description: string;
  icon: string;
  children: readonly LeafProfile[];
}

/** A root category. */
export interface DepartmentSpec {
  name: string;
  description: string;
  icon: string;
  children: readonly AisleSpec[];
}

const COLORS = ['Black', 'White', 'Graphite', 'Silver', 'Navy', 'Forest Green', 'Sand', 'Red'] as const;
const APPAREL_SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL'] as const;
const SHOE_SIZES = ['6', '7', '8', '9', '10', '11', '12'] as const;

export const TAXONOMY: readonly DepartmentSpec[] = [
  {
    name: 'Electronics',
    description: 'Computers, audio and phones for work and play.',
    icon: 'devices',
    children: [
      {
        name: 'Computers',
        description: 'Laptops and displays.',
        icon: 'computer',
        children: [
          {
            name: 'Laptops',
            nouns: ['Laptop', 'Ultrabook', 'Gaming Laptop', '2-in-1 Laptop', 'Creator Laptop'],
            brands: ['Northwind', 'Lumio', 'Vantor', 'Keystone'],
            price: [549, 2899],
            specs: { Processor: ['8-core 3.2 GHz', '10-core 4.1 GHz', '12-core 4.6 GHz', '6-core 2.8 GHz'], Memory: ['8 GB', '16 GB', '32 GB'], Display: ['13.3" IPS', '14" OLED', '15.6" IPS 144 Hz', '16" Mini-LED'], Battery: ['10 h', '14 h', '18 h'], 'Operating system': ['Windows 11', 'Linux', 'ChromeOS'] },
            variants: [{ name: 'Storage', values: ['1 TB SSD'], priceModifier: 120 }, { name: 'Storage', values: ['2 TB SSD'], priceModifier: 260 }, { name: 'Color', values: ['Graphite', 'Silver'] }],
            tags: ['laptop', 'portable', 'work', 'gaming', 'student'],
            weightKg: [1.1, 2.8],
            sizeCm: [30, 40],
          },
          {
            name: 'Monitors',
            nouns: ['Monitor', 'Curved Monitor', '4K Monitor', 'Portable Monitor', 'Gaming Monitor'],
            brands: ['Lumio', 'Pixelwright', 'Vantor', 'Clearview'],
            price: [129, 1299],
            specs: { 'Screen size': ['24"', '27"', '32"', '34" ultrawide'], Resolution: ['1920×1080', '2560×1440', '3840×2160'], 'Refresh rate': ['60 Hz', '144 Hz', '165 Hz', '240 Hz'], Panel: ['IPS', 'VA', 'OLED'] },
            variants: [{ name: 'Stand', values: ['Height-adjustable stand'], priceModifier: 45 }],
            tags: ['monitor', 'display', 'home-office', 'gaming'],
            weightKg: [2.5, 9.5],
            sizeCm: [55, 90],
          },
        ],
      },
      {
        name: 'Audio',
        description: 'Headphones and speakers.',
        icon: 'headphones',
        children: [
          {
            name: 'Headphones',
            nouns: ['Wireless Headphones', 'Noise-Cancelling Headphones', 'Earbuds', 'Studio Headphones', 'Sport Earbuds'],
            brands: ['Soundcrest', 'Auralis', 'Northwind', 'Bassline'],
            price: [29, 449],
            specs: { Connectivity: ['Bluetooth 5.3', 'Bluetooth 5.2', 'Wired 3.5 mm', 'USB-C'], 'Battery life': ['20 h', '30 h', '40 h', '8 h'], 'Noise cancelling': ['Active', 'Passive'], Weight: ['48 g', '210 g', '265 g'] },
            variants: [{ name: 'Color', values: ['Black', 'White', 'Navy'] }],
            tags: ['audio', 'wireless', 'music', 'travel', 'noise-cancelling'],
            weightKg: [0.05, 0.45],
            sizeCm: [8, 25],
          },
          {
            name: 'Speakers',
            nouns: ['Bluetooth Speaker', 'Smart Speaker', 'Soundbar', 'Bookshelf Speakers', 'Party Speaker'],
            brands: ['Soundcrest', 'Bassline', 'Auralis', 'Echofield'],
            price: [39, 799],
            specs: { Power: ['10 W', '30 W', '60 W', '120 W'], 'Water resistance': ['IPX4', 'IPX7', 'None'], Connectivity: ['Bluetooth', 'Wi-Fi and Bluetooth', 'HDMI eARC'] },
            variants: [{ name: 'Color', values: ['Black', 'Sand', 'Forest Green'] }],
            tags: ['audio', 'speaker', 'home', 'outdoor', 'party'],
            weightKg: [0.4, 6],
            sizeCm: [12, 95],
          },
        ],
      },
      {
        name: 'Phones & Accessories',
        description: 'Smartphones and what keeps them charged.',
        icon: 'smartphone',
        children: [
          {
            name: 'Smartphones',
            nouns: ['Smartphone', 'Phone', 'Compact Phone', 'Camera Phone'],
            brands: ['Lumio', 'Vantor', 'Orbita', 'Northwind'],
            price: [199, 1399],
            specs: { Display: ['6.1" OLED', '6.7" OLED', '5.8" LCD'], Camera: ['48 MP', '50 MP triple', '108 MP'], Battery: ['4,000 mAh', '4,500 mAh', '5,000 mAh'], '5G': ['Yes', 'No'] },
            variants: [{ name: 'Storage', values: ['256 GB'], priceModifier: 100 }, { name: 'Storage', values: ['512 GB'], priceModifier: 220 }, { name: 'Color', values: ['Black', 'White', 'Forest Green'] }],
            tags: ['phone', 'mobile', 'camera', '5g'],
            weightKg: [0.14, 0.24],
            sizeCm: [14, 17],
          },
          {
            name: 'Chargers & Cables',
            nouns: ['USB-C Charger', 'Wireless Charging Pad', 'Power Bank', 'Braided USB-C Cable', 'Car Charger'],
            brands: ['Voltique', 'Chargewell', 'Orbita'],
            price: [9, 89],
            specs: { Output: ['20 W', '45 W', '65 W', '100 W'], Ports: ['1', '2', '3'], Length: ['1 m', '2 m', '3 m'] },
            variants: [{ name: 'Color', values: ['Black', 'White'] }],
            tags: ['charging', 'usb-c', 'accessory', 'travel'],
            weightKg: [0.03, 0.4],
            sizeCm: [6, 20],
          },
        ],
      },
    ],
  },
  {
    name: 'Home & Kitchen',
    description: 'Everything for cooking, serving and living well.',
    icon: 'kitchen',
    children: [
      {
        name: 'Kitchen Appliances',
        description: 'Small appliances for the countertop.',
        icon: 'blender',
        children: [
          {
            name: 'Coffee Makers',
            nouns: ['Espresso Machine', 'Drip Coffee Maker', 'Pour-Over Kettle', 'Cold Brew Maker', 'Burr Grinder'],
            brands: ['Brewhaus', 'Morning Ritual', 'Caffetta'],
            price: [24, 899],
            specs: { Capacity: ['1 cup', '4 cups', '10 cups', '12 cups'], Pressure: ['9 bar', '15 bar', 'n/a'], 'Water tank': ['0.8 L', '1.2 L', '1.8 L'] },
            variants: [{ name: 'Finish', values: ['Stainless Steel', 'Matte Black'] }],
            tags: ['coffee', 'kitchen', 'espresso', 'morning'],
            weightKg: [0.6, 11],
            sizeCm: [20, 45],
          },
          {
            name: 'Blenders',
            nouns: ['Blender', 'Personal Blender', 'Immersion Blender', 'Food Processor'],
            brands: ['Vortexa', 'Brewhaus', 'Kitchenry'],
            price: [29, 499],
            specs: { Power: ['300 W', '700 W', '1,200 W', '1,500 W'], Jar: ['0.6 L', '1.5 L', '2 L'], Speeds: ['2', '5', '10'] },
            variants: [{ name: 'Color', values: ['Black', 'White', 'Red'] }],
            tags: ['kitchen', 'smoothie', 'blender', 'healthy'],
            weightKg: [0.8, 5.5],
            sizeCm: [25, 50],
          },
        ],
      },
      {
        name: 'Cookware',
        description: 'Pans, pots and knives.',
        icon: 'skillet',
        children: [
          {
            name: 'Frying Pans',
            nouns: ['Nonstick Frying Pan', 'Cast Iron Skillet', 'Carbon Steel Pan', 'Saute Pan', 'Grill Pan'],
            brands: ['Ironhearth', 'Kitchenry', 'Copperline'],
            price: [19, 229],
            specs: { Diameter: ['20 cm', '24 cm', '28 cm', '30 cm'], Material: ['Cast iron', 'Carbon steel', 'Aluminium, ceramic coated', 'Tri-ply stainless'], 'Induction ready': ['Yes', 'No'] },
            variants: [{ name: 'Size', values: ['24 cm', '28 cm'] }, { name: 'Lid', values: ['Glass lid'], priceModifier: 15 }],
            tags: ['cookware', 'kitchen', 'nonstick', 'induction'],
            weightKg: [0.9, 3.6],
            sizeCm: [25, 55],
          },
          {
            name: 'Knife Sets',
            nouns: ["Chef's Knife", 'Knife Block Set', 'Santoku Knife', 'Paring Knife Set', 'Bread Knife'],
            brands: ['Edgewright', 'Ironhearth', 'Kitchenry'],
            price: [24, 549],
            specs: { Steel: ['German X50CrMoV15', 'Japanese VG-10', 'Damascus 67-layer'], 'Blade length': ['9 cm', '18 cm', '20 cm', '23 cm'], Handle: ['Pakkawood', 'Olive wood', 'Polymer'] },
            variants: [],
            tags: ['knives', 'kitchen', 'chef', 'gift'],
            weightKg: [0.1, 4],
            sizeCm: [20, 45],
          },
        ],
      },
      {
        name: 'Home Decor',
        description: 'Lighting and rugs.',
        icon: 'lamp',
        children: [
          {
            name: 'Lamps',
            nouns: ['Table Lamp', 'Floor Lamp', 'Desk Lamp', 'Pendant Light', 'Smart Lamp'],
            brands: ['Lumenhouse', 'Nordlys', 'Arcadia Home'],
            price: [19, 399],
            specs: { Bulb: ['E26 LED included', 'Integrated LED', 'E12'], 'Color temperature': ['2700 K', '3000 K', '2200–6500 K'], Height: ['35 cm', '60 cm', '160 cm'] },
            variants: [{ name: 'Finish', values: ['Brass', 'Matte Black', 'White'] }],
            tags: ['lighting', 'decor', 'home', 'living-room'],
            weightKg: [0.5, 8],
            sizeCm: [25, 170],
          },
          {
            name: 'Rugs',
            nouns: ['Area Rug', 'Runner Rug', 'Washable Rug', 'Jute Rug', 'Shag Rug'],
            brands: ['Arcadia Home', 'Woven & Co', 'Nordlys'],
            price: [29, 799],
            specs: { Material: ['Wool', 'Jute', 'Polypropylene', 'Cotton'], Pile: ['Low', 'Medium', 'High'] },
            variants: [{ name: 'Size', values: ['5×8 ft'], priceModifier: 60 }, { name: 'Size', values: ['8×10 ft'], priceModifier: 140 }],
            tags: ['rug', 'decor', 'home', 'washable'],
            weightKg: [1, 18],
            sizeCm: [60, 180],
          },
        ],
      },
    ],
  },
  {
    name: 'Fashion',
    description: 'Clothing and shoes for every season.',
    icon: 'checkroom',
    children: [
      {
        name: "Men's Clothing",
        description: 'Tees and outerwear.',
        icon: 'man',
        children: [
          {
            name: 'T-Shirts',
            nouns: ['Crew Neck T-Shirt', 'Pocket Tee', 'Henley Shirt', 'Performance Tee', 'Long Sleeve Tee'],
            brands: ['Fieldstone', 'Harbor & Pine', 'Urbanthread'],
            price: [12, 59],
            specs: { Material: ['100% cotton', 'Organic cotton', 'Cotton-polyester blend', 'Merino wool'], Fit: ['Regular', 'Slim', 'Relaxed'], Care: ['Machine wash cold'] },
            variants: [{ name: 'Size', values: APPAREL_SIZES }, { name: 'Color', values: COLORS }],
            tags: ['mens', 'casual', 'cotton', 'basics'],
            weightKg: [0.15, 0.3],
            sizeCm: [20, 35],
          },
          {
            name: 'Jackets',
            nouns: ['Rain Jacket', 'Puffer Jacket', 'Denim Jacket', 'Fleece Jacket', 'Bomber Jacket'],
            brands: ['Fieldstone', 'Summitline', 'Harbor & Pine'],
            price: [49, 349],
            specs: { Shell: ['Nylon ripstop', 'Recycled polyester', 'Cotton denim'], Insulation: ['Down 650 fill', 'Synthetic', 'None'], 'Water resistance': ['Waterproof', 'Water-repellent', 'None'] },
            variants: [{ name: 'Size', values: APPAREL_SIZES }, { name: 'Color', values: ['Black', 'Navy', 'Forest Green', 'Sand'] }],
            tags: ['mens', 'outerwear', 'winter', 'rain'],
            weightKg: [0.4, 1.5],
            sizeCm: [30, 45],
          },
        ],
      },
      {
        name: "Women's Clothing",
        description: 'Dresses and knitwear.',
        icon: 'woman',
        children: [
          {
            name: 'Dresses',
            nouns: ['Wrap Dress', 'Midi Dress', 'Shirt Dress', 'Maxi Dress', 'Knit Dress'],
            brands: ['Maison Clair', 'Urbanthread', 'Linen Lane'],
            price: [29, 249],
            specs: { Material: ['Linen', 'Viscose', 'Cotton', 'Silk blend'], Length: ['Knee', 'Midi', 'Maxi'], Care: ['Machine wash cold', 'Dry clean only'] },
            variants: [{ name: 'Size', values: APPAREL_SIZES }, { name: 'Color', values: ['Black', 'Navy', 'Red', 'Sand'] }],
            tags: ['womens', 'dress', 'summer', 'occasion'],
            weightKg: [0.2, 0.6],
            sizeCm: [25, 40],
          },
          {
            name: 'Sweaters',
            nouns: ['Cashmere Sweater', 'Cardigan', 'Turtleneck', 'Cable Knit Sweater', 'Crewneck Sweater'],
            brands: ['Maison Clair', 'Linen Lane', 'Harbor & Pine'],
            price: [35, 289],
            specs: { Material: ['Cashmere', 'Merino wool', 'Cotton', 'Alpaca blend'], Fit: ['Regular', 'Oversized', 'Fitted'] },
            variants: [{ name: 'Size', values: APPAREL_SIZES }, { name: 'Color', values: ['Sand', 'Navy', 'Black', 'Forest Green'] }],
            tags: ['womens', 'knitwear', 'winter', 'cozy'],
            weightKg: [0.25, 0.8],
            sizeCm: [25, 40],
          },
        ],
      },
      {
        name: 'Shoes',
        description: 'Sneakers and boots.',
        icon: 'steps',
        children: [
          {
            name: 'Sneakers',
            nouns: ['Running Shoes', 'Court Sneakers', 'Trail Runners', 'Slip-On Sneakers', 'High-Top Sneakers'],
            brands: ['Stridewell', 'Kinetic', 'Urbanthread'],
            price: [39, 219],
            specs: { Upper: ['Engineered mesh', 'Leather', 'Canvas', 'Suede'], Sole: ['Rubber', 'EVA foam', 'Vibram'], Drop: ['4 mm', '8 mm', '10 mm'] },
            variants: [{ name: 'Size', values: SHOE_SIZES }, { name: 'Color', values: ['White', 'Black', 'Navy'] }],
            tags: ['shoes', 'running', 'casual', 'sport'],
            weightKg: [0.5, 1.2],
            sizeCm: [30, 36],
          },
          {
            name: 'Boots',
            nouns: ['Chelsea Boots', 'Hiking Boots', 'Winter Boots', 'Work Boots', 'Ankle Boots'],
            brands: ['Stridewell', 'Summitline', 'Ironfoot'],
            price: [59, 329],
            specs: { Upper: ['Full-grain leather', 'Suede', 'Nubuck'], Lining: ['Shearling', 'Waterproof membrane', 'Leather'], Sole: ['Rubber lug', 'Vibram', 'Crepe'] },
            variants: [{ name: 'Size', values: SHOE_SIZES }, { name: 'Color', values: ['Black', 'Sand', 'Brown'] }],
            tags: ['shoes', 'boots', 'winter', 'hiking'],
            weightKg: [0.9, 2.2],
            sizeCm: [32, 40],
          },
        ],
      },
    ],
  },
  {
    name: 'Sports & Outdoors',
    description: 'Gear for training, camping and riding.',
    icon: 'sports',
    children: [
      {
        name: 'Fitness',
        description: 'Mats and weights for training at home.',
        icon: 'fitness_center',
        children: [
          {
            name: 'Yoga Mats',
            nouns: ['Yoga Mat', 'Travel Yoga Mat', 'Cork Yoga Mat', 'Exercise Mat', 'Yoga Block Set'],
            brands: ['Zenpath', 'Kinetic', 'Flowform'],
            price: [15, 139],
            specs: { Thickness: ['1.5 mm', '4 mm', '6 mm', '10 mm'], Material: ['Natural rubber', 'TPE', 'Cork', 'PVC-free foam'], Length: ['173 cm', '183 cm', '200 cm'] },
            variants: [{ name: 'Color', values: ['Sand', 'Forest Green', 'Navy', 'Black'] }],
            tags: ['yoga', 'fitness', 'home-gym', 'eco'],
            weightKg: [0.8, 3],
            sizeCm: [60, 70],
          },
          {
            name: 'Dumbbells',
            nouns: ['Adjustable Dumbbells', 'Hex Dumbbell Pair', 'Kettlebell', 'Dumbbell Rack Set', 'Neoprene Dumbbells'],
            brands: ['Ironclad', 'Kinetic', 'Forgefit'],
            price: [19, 599],
            specs: { Weight: ['2 × 2 kg', '2 × 5 kg', '2 × 10 kg', '2.5–24 kg adjustable'], Material: ['Cast iron', 'Rubber-coated steel', 'Neoprene'] },
            variants: [],
            tags: ['fitness', 'strength', 'home-gym', 'weights'],
            weightKg: [4, 50],
            sizeCm: [20, 45],
          },
        ],
      },
      {
        name: 'Camping',
        description: 'Shelter and sleep outdoors.',
        icon: 'camping',
        children: [
          {
            name: 'Tents',
            nouns: ['Backpacking Tent', 'Family Tent', 'Ultralight Tent', 'Pop-Up Tent', 'Rooftop Tent'],
            brands: ['Summitline', 'Trailcraft', 'Basecamp Co'],
            price: [69, 1499],
            specs: { Capacity: ['1 person', '2 person', '4 person', '6 person'], Seasons: ['3-season', '4-season'], 'Packed weight': ['1.1 kg', '2.3 kg', '7.5 kg'] },
            variants: [],
            tags: ['camping', 'outdoor', 'hiking', 'tent'],
            weightKg: [1, 45],
            sizeCm: [40, 130],
          },
          {
            name: 'Sleeping Bags',
            nouns: ['Down Sleeping Bag', 'Synthetic Sleeping Bag', 'Kids Sleeping Bag', 'Sleeping Quilt', 'Mummy Sleeping Bag'],
            brands: ['Trailcraft', 'Summitline', 'Northstar'],
            price: [39, 499],
            specs: { 'Comfort rating': ['-7 °C', '0 °C', '5 °C', '10 °C'], Fill: ['Down 800 fill', 'Down 650 fill', 'Synthetic'], Shape: ['Mummy', 'Rectangular', 'Quilt'] },
            variants: [{ name: 'Length', values: ['Long'], priceModifier: 20 }],
            tags: ['camping', 'sleep', 'outdoor', 'backpacking'],
            weightKg: [0.6, 2.5],
            sizeCm: [30, 50],
          },
        ],
      },
      {
        name: 'Cycling',
        description: 'Safety gear for riders.',
        icon: 'pedal_bike',
        children: [
          {
            name: 'Bike Helmets',
            nouns: ['Road Helmet', 'Mountain Bike Helmet', 'Commuter Helmet', 'Kids Bike Helmet'],
            brands: ['Velocity', 'Crestride', 'Pedalworks'],
            price: [29, 299],
            specs: { Certification: ['CPSC', 'CPSC and EN 1078'], Vents: ['12', '18', '24'], 'Rotational protection': ['MIPS', 'None'] },
            variants: [{ name: 'Size', values: ['S', 'M', 'L'] }, { name: 'Color', values: ['Black', 'White', 'Red'] }],
            tags: ['cycling', 'safety', 'helmet', 'commute'],
            weightKg: [0.25, 0.5],
            sizeCm: [25, 32],
          },
          {
            name: 'Bike Lights',
            nouns: ['Front Bike Light', 'Rear Bike Light', 'Bike Light Set', 'Helmet Light'],
            brands: ['Velocity', 'Pedalworks', 'Voltique'],
            price: [12, 149],
            specs: { Output: ['100 lm', '400 lm', '800 lm', '1,500 lm'], Runtime: ['3 h', '6 h', '12 h'], Charging: ['USB-C', 'Micro-USB', 'AAA batteries'] },
            variants: [],
            tags: ['cycling', 'safety', 'lights', 'commute'],
            weightKg: [0.05, 0.3],
            sizeCm: [6, 15],
          },
        ],
      },
    ],
  },
  {
    name: 'Beauty & Personal Care',
    description: 'Skin, hair and fragrance.',
    icon: 'spa',
    children: [
      {
        name: 'Skin Care',
        description: 'Daily care for every skin type.',
        icon: 'face',
        children: [
          {
            name: 'Moisturizers',
            nouns: ['Daily Moisturizer', 'Night Cream', 'Gel Moisturizer', 'SPF 30 Moisturizer', 'Eye Cream'],
            brands: ['Dermalune', 'Pure Botanica', 'Glowhaven'],
            price: [9, 129],
            specs: { 'Skin type': ['All', 'Dry', 'Oily', 'Sensitive'], Size: ['15 ml', '50 ml', '100 ml'], 'Key ingredient': ['Hyaluronic acid', 'Niacinamide', 'Ceramides', 'Squalane'] },
            variants: [{ name: 'Size', values: ['100 ml'], priceModifier: 12 }],
            tags: ['skincare', 'moisturizer', 'vegan', 'fragrance-free'],
            weightKg: [0.05, 0.3],
            sizeCm: [6, 15],
          },
          {
            name: 'Cleansers',
            nouns: ['Foaming Cleanser', 'Cleansing Balm', 'Micellar Water', 'Gentle Face Wash', 'Exfoliating Cleanser'],
            brands: ['Dermalune', 'Pure Botanica', 'Clearskin'],
            price: [7, 59],
            specs: { 'Skin type': ['All', 'Dry', 'Oily', 'Combination'], Size: ['100 ml', '150 ml', '400 ml'] },
            variants: [],
            tags: ['skincare', 'cleanser', 'gentle', 'daily'],
            weightKg: [0.1, 0.5],
            sizeCm: [10, 22],
          },
        ],
      },
      {
        name: 'Hair Care',
        description: 'Shampoos and styling tools.',
        icon: 'content_cut',
        children: [
          {
            name: 'Shampoos',
            nouns: ['Hydrating Shampoo', 'Clarifying Shampoo', 'Shampoo Bar', 'Color-Safe Shampoo', 'Conditioner'],
            brands: ['Pure Botanica', 'Salon Nine', 'Mane & Co'],
            price: [6, 49],
            specs: { 'Hair type': ['All', 'Curly', 'Fine', 'Color-treated'], Size: ['250 ml', '500 ml', '1 L'], 'Sulfate-free': ['Yes', 'No'] },
            variants: [{ name: 'Size', values: ['1 L refill'], priceModifier: 14 }],
            tags: ['haircare', 'shampoo', 'sulfate-free', 'vegan'],
            weightKg: [0.1, 1.1],
            sizeCm: [12, 25],
          },
          {
            name: 'Hair Dryers',
            nouns: ['Ionic Hair Dryer', 'Travel Hair Dryer', 'Hot Air Brush', 'Diffuser Hair Dryer'],
            brands: ['Salon Nine', 'Aerostyle', 'Mane & Co'],
            price: [25, 429],
            specs: { Power: ['1,200 W', '1,600 W', '1,875 W'], 'Heat settings': ['2', '3', '4'], 'Cord length': ['1.8 m', '2.7 m'] },
            variants: [{ name: 'Color', values: ['Black', 'White', 'Sand'] }],
            tags: ['haircare', 'styling', 'dryer', 'travel'],
            weightKg: [0.3, 1],
            sizeCm: [20, 35],
          },
        ],
      },
      {
        name: 'Fragrance',
        description: 'Perfumes and colognes.',
        icon: 'local_florist',
        children: [
          {
            name: 'Perfumes',
            nouns: ['Eau de Parfum', 'Eau de Toilette', 'Perfume Oil', 'Travel Spray'],
            brands: ['Maison Clair', 'Atelier Fleur', 'Noctis'],
            price: [29, 289],
            specs: { Notes: ['Floral', 'Woody', 'Citrus', 'Amber'], Size: ['10 ml', '50 ml', '100 ml'], Concentration: ['EDP', 'EDT', 'Parfum'] },
            variants: [{ name: 'Size', values: ['100 ml'], priceModifier: 45 }],
            tags: ['fragrance', 'gift', 'perfume', 'luxury'],
            weightKg: [0.05, 0.5],
            sizeCm: [8, 15],
          },
          {
            name: 'Colognes',
            nouns: ['Cologne', 'Aftershave Balm', 'Eau de Cologne', 'Solid Cologne'],
            brands: ['Noctis', 'Harbor & Pine', 'Atelier Fleur'],
            price: [19, 199],
            specs: { Notes: ['Woody', 'Aquatic', 'Spicy', 'Citrus'], Size: ['30 ml', '50 ml', '100 ml'] },
            variants: [{ name: 'Size', values: ['100 ml'], priceModifier: 35 }],
            tags: ['fragrance', 'gift', 'mens', 'grooming'],
            weightKg: [0.05, 0.5],
            sizeCm: [8, 15],
          },
        ],
      },
    ],
  },
  {
    name: 'Toys & Games',
    description: 'Games, building sets and puzzles for all ages.',
    icon: 'toys',
    children: [
      {
        name: 'Board Games',
        description: 'Strategy and party games.',
        icon: 'casino',
        children: [
          {
            name: 'Strategy Games',
            nouns: ['Strategy Board Game', 'Deck-Building Game', 'Cooperative Game', 'Worker Placement Game'],
            brands: ['Meeple Forge', 'Tabletop Guild', 'Dicehouse'],
            price: [19, 149],
            specs: { Players: ['1–4', '2–4', '2–6', '3–5'], 'Playing time': ['30 min', '60 min', '90–120 min'], Age: ['10+', '12+', '14+'] },
            variants: [],
            tags: ['board-game', 'strategy', 'family', 'gift'],
            weightKg: [0.5, 3],
            sizeCm: [20, 32],
          },
          {
            name: 'Party Games',
            nouns: ['Party Game', 'Card Game', 'Trivia Game', 'Word Game'],
            brands: ['Dicehouse', 'Tabletop Guild', 'Gamenight'],
            price: [9, 49],
            specs: { Players: ['3–8', '4–10', '2–12'], 'Playing time': ['15 min', '30 min', '45 min'], Age: ['8+', '12+', '17+'] },
            variants: [],
            tags: ['party', 'card-game', 'family', 'gift'],
            weightKg: [0.2, 1.2],
            sizeCm: [10, 30],
          },
        ],
      },
      {
        name: 'Building Sets',
        description: 'Construction kits and marble runs.',
        icon: 'extension',
        children: [
          {
            name: 'Construction Kits',
            nouns: ['Building Brick Set', 'Robotics Kit', 'Magnetic Tiles Set', 'Architecture Kit'],
            brands: ['Brickly', 'Buildwise', 'Tinker Lab'],
            price: [14, 349],
            specs: { Pieces: ['120', '450', '1,200', '3,000'], Age: ['4+', '8+', '12+', '18+'] },
            variants: [],
            tags: ['building', 'stem', 'kids', 'gift'],
            weightKg: [0.3, 5],
            sizeCm: [20, 60],
          },
          {
            name: 'Marble Runs',
            nouns: ['Marble Run', 'Marble Run Expansion', 'Wooden Marble Run', 'Motorized Marble Run'],
            brands: ['Tinker Lab', 'Buildwise', 'Brickly'],
            price: [19, 149],
            specs: { Pieces: ['60', '150', '260'], Material: ['Plastic', 'Beech wood'], Age: ['4+', '6+', '8+'] },
            variants: [],
            tags: ['marble-run', 'stem', 'kids', 'creative'],
            weightKg: [0.5, 4],
            sizeCm: [25, 50],
          },
        ],
      },
      {
        name: 'Puzzles',
        description: 'Jigsaws and brain teasers.',
        icon: 'psychology',
        children: [
          {
            name: 'Jigsaw Puzzles',
            nouns: ['Jigsaw Puzzle', 'Panoramic Puzzle', 'Wooden Jigsaw', 'Kids Floor Puzzle'],
            brands: ['Puzzleworks', 'Piecemeal', 'Tabletop Guild'],
            price: [9, 79],
            specs: { Pieces: ['100', '500', '1,000', '2,000'], 'Finished size': ['49 × 36 cm', '69 × 51 cm', '98 × 33 cm'] },
            variants: [],
            tags: ['puzzle', 'jigsaw', 'family', 'relaxing'],
            weightKg: [0.3, 1.5],
            sizeCm: [20, 40],
          },
          {
            name: 'Brain Teasers',
            nouns: ['Puzzle Cube', 'Metal Puzzle Set', 'Logic Game', 'Wooden Puzzle Box'],
            brands: ['Piecemeal', 'Mindbend', 'Puzzleworks'],
            price: [7, 59],
            specs: { Difficulty: ['Easy', 'Medium', 'Hard', 'Expert'], Material: ['Plastic', 'Metal', 'Wood'], Age: ['8+', '12+'] },
            variants: [],
            tags: ['puzzle', 'logic', 'travel', 'gift'],
            weightKg: [0.1, 0.6],
            sizeCm: [6, 20],
          },
        ],
      },
    ],
  },
];

/** Words between a product's brand and its noun ("Northwind *Aero 14* Laptop"). */
export const MODEL_WORDS = [
  'Aero', 'Nova', 'Pro', 'Max', 'Lite', 'Edge', 'Flex', 'Core', 'Pulse', 'Vista', 'Zen', 'Orbit', 'Summit', 'Echo', 'Prime',
  'Atlas', 'Vertex', 'Terra', 'Halo', 'Drift', 'Nimbus', 'Luxe', 'Classic', 'Essential', 'Signature', 'Studio', 'Sport', 'Air',
] as const;

/** Adjectives for descriptions. */
export const QUALITIES = ['durable', 'lightweight', 'compact', 'versatile', 'elegant', 'reliable', 'comfortable', 'sturdy', 'sleek', 'easy-to-clean'] as const;

/** Phrases that close a description. */
export const CLOSERS = [
  'Backed by a two-year warranty.',
  'Ships in recyclable packaging.',
  'Designed to last for years of daily use.',
  'A customer favourite and a great gift.',
  'Free returns within 30 days.',
] as const;
