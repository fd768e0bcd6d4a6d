import { Schema, type Connection, type HydratedDocumentFromSchema, type InferSchemaType } from 'mongoose';
import { E164_PATTERN } from '../domain/contact';
import { ADDRESS_TYPES } from '../domain/enums';
import { matches, max, min, oneOf, required } from '../domain/field-rules';
import { schemaVersionField } from './schema-version';

export const ADDRESS_MODEL = 'Address';

const coordinatesSchema = new Schema(
  {
    latitude: { type: Number, min: min(-90, 'coordinates.latitude'), max: max(90, 'coordinates.latitude') },
    longitude: { type: Number, min: min(-180, 'coordinates.longitude'), max: max(180, 'coordinates.longitude') },
  },
  { _id: false },
);

export const addressSchema = new Schema(
  {
    user: { type: Schema.Types.ObjectId, ref: 'User', required: required('user') },
    type: { type: String, enum: oneOf(ADDRESS_TYPES, 'type') },
    fullName: { type: String, required: required('fullName'), trim: true },
    company: { type: String, trim: true },
    addressLine1: { type: String, required: required('addressLine1'), trim: true },
    addressLine2: { type: String, trim: true },
    city: { type: String, required: required('city'), trim: true },
    state: { type: String, required: required('state'), trim: true },
    postalCode: { type: String, required: required('postalCode'), trim: true },
    country: { type: String, required: required('country'), trim: true },
    phone: { type: String, required: required('phone'), trim: true, match: matches(E164_PATTERN, 'phone', 'an E.164 number such as +14155550123') },
    isDefault: { type: Boolean, default: false },
    isActive: { type: Boolean, default: true },
    coordinates: { type: coordinatesSchema },
    schemaVersion: schemaVersionField(),
  },
  { collection: 'addresses', timestamps: true },
);

addressSchema.index({ user: 1 });
addressSchema.index({ user: 1, isDefault: 1 });
addressSchema.index({ postalCode: 1 });

export type AddressAttrs = InferSchemaType<typeof addressSchema>;
export type AddressDocument = HydratedDocumentFromSchema<typeof addressSchema>;

/** Compiles the model on `connection`. Use `registerModels` (index.ts), which reuses a registered one. */
export function compileAddressModel(connection: Connection) {
  return connection.model(ADDRESS_MODEL, addressSchema);
}
export type AddressModel = ReturnType<typeof compileAddressModel>;
