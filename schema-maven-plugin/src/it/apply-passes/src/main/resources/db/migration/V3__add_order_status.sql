-- orders get a status; existing rows become 'placed'
CREATE TYPE order_status AS ENUM ('placed', 'paid', 'shipped');
ALTER TABLE orders ADD COLUMN status order_status NOT NULL DEFAULT 'placed';
