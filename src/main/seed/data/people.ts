/** Names for customers, sellers and staff. Mixed origins, ASCII only (they end up in emails and usernames). */

export const FIRST_NAMES = [
  'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Elijah', 'Sophia', 'James', 'Isabella', 'Lucas', 'Mia', 'Mateo', 'Amelia', 'Ethan',
  'Harper', 'Aiden', 'Evelyn', 'Daniel', 'Abigail', 'Samuel', 'Emily', 'David', 'Ella', 'Joseph', 'Grace', 'Wei', 'Mei', 'Hiroshi',
  'Yuki', 'Priya', 'Arjun', 'Ananya', 'Rahul', 'Fatima', 'Omar', 'Aisha', 'Yusuf', 'Sofia', 'Diego', 'Camila', 'Santiago', 'Lucia',
  'Valentina', 'Chloe', 'Benjamin', 'Zoe', 'Henry', 'Nora', 'Owen', 'Leah', 'Jack', 'Hannah', 'Levi', 'Aria', 'Caleb', 'Maya',
  'Nathan', 'Layla', 'Isaac', 'Ruby', 'Kwame', 'Amara', 'Chidi', 'Zainab', 'Tomas', 'Ingrid', 'Lars', 'Freya', 'Mateus', 'Ana',
] as const;

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez',
  'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White', 'Harris',
  'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen',
  'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Chen',
  'Wang', 'Kim', 'Park', 'Patel', 'Shah', 'Singh', 'Tanaka', 'Sato', 'Okafor', 'Mensah', 'Haddad', 'Kowalski', 'Novak', 'Larsen',
  'Silva', 'Costa', 'Becker', 'Rossi', 'Dubois', 'OBrien', 'Murphy',
] as const;

export const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net'] as const;

/** Company names for business addresses. */
export const COMPANIES = ['Acme Corp', 'Globex', 'Initech', 'Umbrella Design', 'Stark Studio', 'Wayne Logistics', 'Hooli', 'Vandelay Industries'] as const;
