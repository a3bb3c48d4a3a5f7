import * as migration_20261125_120713_initial from './20261125_120713_initial.js';
import * as migration_20261125_173157_consent_record_and_private_media from './20261125_173157_consent_record_and_private_media.js';
import * as migration_20261126_003649_option_values_as_graphql_names from './20261126_003649_option_values_as_graphql_names.js';
import * as migration_20261126_024519_seo_and_structured_data from './20261126_024519_seo_and_structured_data.js';
import * as migration_20261126_030441_image_size_ladder from './20261126_030441_image_size_ladder.js';
import * as migration_20261126_031306_webhook_delivery_log from './20261126_031306_webhook_delivery_log.js';
import * as migration_20261126_061710_read_indexes from './20261126_061710_read_indexes.js';
import * as migration_20261126_062356_faq_order_index from './20261126_062356_faq_order_index.js';
import * as migration_20261126_073951_public_count_indexes from './20261126_073951_public_count_indexes.js';
import * as migration_20261206_190630_article_reviewer from './20261206_190630_article_reviewer.js';
import * as migration_20261206_192851_clinic_settings from './20261206_192851_clinic_settings.js';
import * as migration_20261207_025931_public_submissions from './20261207_025931_public_submissions.js';
import * as migration_20261207_055955_provenance_and_single_use_forms from './20261207_055955_provenance_and_single_use_forms.js';
import * as migration_20261207_065829_imported_reviews from './20261207_065829_imported_reviews.js';

export const migrations = [
  {
    up: migration_20261125_120713_initial.up,
    down: migration_20261125_120713_initial.down,
    name: '20261125_120713_initial',
  },
  {
    up: migration_20261125_173157_consent_record_and_private_media.up,
    down: migration_20261125_173157_consent_record_and_private_media.down,
    name: '20261125_173157_consent_record_and_private_media',
  },
  {
    up: migration_20261126_003649_option_values_as_graphql_names.up,
    down: migration_20261126_003649_option_values_as_graphql_names.down,
    name: '20261126_003649_option_values_as_graphql_names',
  },
  {
    up: migration_20261126_024519_seo_and_structured_data.up,
    down: migration_20261126_024519_seo_and_structured_data.down,
    name: '20261126_024519_seo_and_structured_data',
  },
  {
    up: migration_20261126_030441_image_size_ladder.up,
    down: migration_20261126_030441_image_size_ladder.down,
    name: '20261126_030441_image_size_ladder',
  },
  {
    up: migration_20261126_031306_webhook_delivery_log.up,
    down: migration_20261126_031306_webhook_delivery_log.down,
    name: '20261126_031306_webhook_delivery_log',
  },
  {
    up: migration_20261126_061710_read_indexes.up,
    down: migration_20261126_061710_read_indexes.down,
    name: '20261126_061710_read_indexes',
  },
  {
    up: migration_20261126_062356_faq_order_index.up,
    down: migration_20261126_062356_faq_order_index.down,
    name: '20261126_062356_faq_order_index',
  },
  {
    up: migration_20261126_073951_public_count_indexes.up,
    down: migration_20261126_073951_public_count_indexes.down,
    name: '20261126_073951_public_count_indexes',
  },
  {
    up: migration_20261206_190630_article_reviewer.up,
    down: migration_20261206_190630_article_reviewer.down,
    name: '20261206_190630_article_reviewer',
  },
  {
    up: migration_20261206_192851_clinic_settings.up,
    down: migration_20261206_192851_clinic_settings.down,
    name: '20261206_192851_clinic_settings',
  },
  {
    up: migration_20261207_025931_public_submissions.up,
    down: migration_20261207_025931_public_submissions.down,
    name: '20261207_025931_public_submissions',
  },
  {
    up: migration_20261207_055955_provenance_and_single_use_forms.up,
    down: migration_20261207_055955_provenance_and_single_use_forms.down,
    name: '20261207_055955_provenance_and_single_use_forms',
  },
  {
    up: migration_20261207_065829_imported_reviews.up,
    down: migration_20261207_065829_imported_reviews.down,
    name: '20261207_065829_imported_reviews'
  },
];
