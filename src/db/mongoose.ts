import mongoose from 'mongoose';
import { spoilAnswer } from '../shared/answerInputs';

// Every model imports mongoose from here, so these settings are in force before any model compiles.
// Fail fast instead of queueing queries while the database is away: the request gets a 503 at once.
mongoose.set('bufferCommands', false);
mongoose.set('strictQuery', true);
// Capturing a stack trace for every query costs more than the rare error it would explain.
mongoose.set('skipOriginalStackTraces', true);
// Collections and indexes are created once connected (connectDatabase), not as each model compiles.
mongoose.set('autoCreate', false);
mongoose.set('autoIndex', false);

// A page that queries the database itself is made from something no version covers: it is sent, not kept
// to send again (shared/answerInputs.ts). Reads through the register in memory and sessions are versioned.
const QUERIES: mongoose.MongooseQueryMiddleware[] = [
  'find',
  'findOne',
  'countDocuments',
  'estimatedDocumentCount',
  'distinct',
  'findOneAndUpdate',
  'findOneAndDelete',
  'findOneAndReplace',
  'updateOne',
  'updateMany',
  'replaceOne',
  'deleteOne',
  'deleteMany',
];
mongoose.plugin((schema) => {
  schema.pre(QUERIES, { query: true, document: false }, function (this: mongoose.Query<unknown, unknown>) {
    spoilAnswer(`it queried ${this.model.modelName}`);
  });
  schema.pre('aggregate', function (this: mongoose.Aggregate<unknown>) {
    spoilAnswer(`it aggregated ${this.model().modelName}`);
  });
  schema.pre('save', () => spoilAnswer('it saved a document'));
  schema.pre('insertMany', () => spoilAnswer('it inserted documents'));
});

export const { Schema, model } = mongoose;
export default mongoose;
